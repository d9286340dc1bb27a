/**
 * Policy versions for component tests, as the server returns them (with __typename): version 1
 * is the seed policy; version 2 adds a WhatsApp channel, drops the letters channel, shortens the
 * committee window to 10 days and adds a checklist item to the verification step — the diff the
 * server reports between them is `diffOneTwo`.
 */
import type { PolicyVersionContentFragment } from '@/gql/graphql';
import fixture from './active-policy.fixture.json';

type Version = PolicyVersionContentFragment & { __typename: 'PolicyVersion' };

const text = (ar: string, en: string) => ({ ar, en, __typename: 'LocalizedText' as const });

export function versionOne(overrides: Partial<Version> = {}): Version {
  return { ...(structuredClone(fixture.activePolicy) as unknown as Version), ...overrides };
}

export function versionTwo(overrides: Partial<Version> = {}): Version {
  const v = versionOne({
    id: '2',
    number: 2,
    status: 'DRAFT',
    activatedAt: null,
    approval: null,
    ...overrides,
  });
  v.channels = v.channels
    .filter((c) => c.key !== 'LETTERS')
    .map((c, i) => ({ ...c, id: `v2-${c.id}`, position: i + 1 }));
  v.channels.push({
    __typename: 'Channel',
    id: 'v2-whatsapp',
    key: 'WHATSAPP',
    position: v.channels.length + 1,
    name: text('واتساب', 'WhatsApp'),
    description: text('رقم واتساب الجمعية للاستفسارات', 'The association’s WhatsApp number'),
  } as Version['channels'][number]);
  v.steps = v.steps.map((s) => ({
    ...s,
    id: `v2-${s.id}`,
    windowDays: s.key === 'COMMITTEE' ? 10 : s.windowDays,
    checklist:
      s.key === 'VERIFICATION'
        ? [
            ...s.checklist,
            {
              __typename: 'ChecklistItem',
              id: 'v2-family-card',
              key: 'FAMILY_CARD',
              position: s.checklist.length + 1,
              required: false,
              documentTypeKey: 'FAMILY_REGISTER',
              text: text('صورة سجل الأسرة', 'Copy of the family card'),
            } as Version['steps'][number]['checklist'][number],
          ]
        : s.checklist.map((i) => ({ ...i, id: `v2-${i.id}` })),
  }));
  return v;
}

const change = (
  section: string,
  key: string,
  kind: 'ADDED' | 'REMOVED' | 'CHANGED',
  fields: string[],
  ar: string,
  en: string,
) => ({ __typename: 'PolicyChange', section, key, kind, fields, label: text(ar, en) });

export const diffOneTwo = {
  policyVersionDiff: {
    __typename: 'PolicyVersionDiff',
    from: { __typename: 'PolicyVersion', id: '1', number: 1 },
    to: { __typename: 'PolicyVersion', id: '2', number: 2 },
    changes: [
      change('CHANNEL', 'HELP_REQUEST_SERVICES', 'CHANGED', ['position'], 'خدمات', 'Services'),
      change('CHANNEL', 'VOLUNTEERING', 'CHANGED', ['position'], 'التطوع', 'Volunteering'),
      change('CHANNEL', 'WEBSITE', 'CHANGED', ['position'], 'الموقع', 'Website'),
      change('CHANNEL', 'BRANCH_REPRESENTATIVES', 'CHANGED', ['position'], 'المناديب', 'Reps'),
      change('CHANNEL', 'WHATSAPP', 'ADDED', [], 'واتساب', 'WhatsApp'),
      change('CHANNEL', 'LETTERS', 'REMOVED', [], 'الخطابات', 'Letters'),
      change('STEP', 'COMMITTEE', 'CHANGED', ['windowDays'], 'دراسة لجنة البحث', 'Committee'),
      change('CHECKLIST_ITEM', 'VERIFICATION/FAMILY_CARD', 'ADDED', [], 'سجل الأسرة', 'Card'),
    ],
  },
};

export const versionsList = (statuses: { 1: string; 2: string }) => ({
  policyVersions: [versionTwo(), versionOne()].map((v) => ({
    __typename: 'PolicyVersion',
    id: v.id,
    number: v.number,
    status: statuses[v.number as 1 | 2],
    activatedAt: v.activatedAt,
    supersededAt: null,
    title: v.title,
    approval: v.approval,
  })),
});
