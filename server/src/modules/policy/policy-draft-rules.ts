import { userError, type UserError } from '../common/payload.js';
import type { PolicyContent } from './policy-content.js';
import type { PolicyDraftSaveInput } from './policy-drafts.inputs.js';
import { PerformerRole, WindowUnit } from './policy.enums.js';
import { WORKFLOW_STEP, WORKFLOW_STEP_KEYS } from './workflow-steps.js';

const KEY = /^[A-Z][A-Z0-9_]{1,63}$/;
export type Text = { ar: string; en: string };

/**
 * Checks a draft's content as a whole; every problem is reported with the path of its field.
 * `documentTypes`: the keys of the document types a checklist item may ask for (documents/).
 */
export function validateContent(
  c: PolicyContent,
  documentTypes: ReadonlySet<string> = new Set(),
): UserError[] {
  const errors: UserError[] = [];
  const need = (t: Text | null | undefined, path: string, max: number) => {
    for (const lang of ['ar', 'en'] as const) {
      const value = t?.[lang]?.trim() ?? '';
      if (!value)
        errors.push(
          userError(
            'REQUIRED',
            `Write the ${lang === 'ar' ? 'Arabic' : 'English'} text.`,
            `${path}.${lang}`,
          ),
        );
      else if (value.length > max)
        errors.push(userError('TOO_LONG', `At most ${max} characters.`, `${path}.${lang}`));
    }
  };
  const keys = (items: { key: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!KEY.test(item.key)) {
        errors.push(
          userError(
            'INVALID_KEY',
            'Keys are 2–64 capital letters, digits or _, starting with a letter.',
            `${path}.${i}.key`,
          ),
        );
      } else if (seen.has(item.key)) {
        errors.push(userError('DUPLICATE_KEY', `${item.key} appears twice.`, `${path}.${i}.key`));
      }
      seen.add(item.key);
    });
  };

  need(c.title, 'title', 200);
  need(c.preface, 'preface', 20_000);
  need(c.generalObjective, 'generalObjective', 4_000);
  if (!c.objectives.length)
    errors.push(userError('REQUIRED', 'The policy needs at least one objective.', 'objectives'));
  c.objectives.forEach((o, i) => {
    need(o.text, `objectives.${i}.text`, 2_000);
    (o.children ?? []).forEach((child, j) => need(child, `objectives.${i}.children.${j}`, 2_000));
  });
  if (!c.channels.length)
    errors.push(userError('REQUIRED', 'The policy needs at least one channel.', 'channels'));
  keys(c.channels, 'channels');
  c.channels.forEach((ch, i) => {
    need(ch.name, `channels.${i}.name`, 120);
    need(ch.description, `channels.${i}.description`, 2_000);
  });
  keys(c.tools, 'tools');
  c.tools.forEach((t, i) => {
    need(t.name, `tools.${i}.name`, 160);
    need(t.description, `tools.${i}.description`, 2_000);
  });
  keys(c.steps, 'steps');
  const toolKeys = new Set(c.tools.map((t) => t.key));
  const stepKeys = c.steps.map((s) => s.key);
  for (const key of WORKFLOW_STEP_KEYS) {
    if (!stepKeys.includes(key)) {
      errors.push(
        userError('WORKFLOW_STEP_MISSING', `The workflow needs the step ${key}.`, 'steps'),
      );
    }
  }
  if (stepKeys[0] !== WORKFLOW_STEP.RECEPTION) {
    errors.push(userError('STEP_ORDER', 'Reception must be the first step.', 'steps'));
  }
  if (stepKeys.at(-1) !== WORKFLOW_STEP.DELIVERY) {
    errors.push(userError('STEP_ORDER', 'Delivery must be the last step.', 'steps'));
  }
  c.steps.forEach((s, i) => {
    const path = `steps.${i}`;
    need(s.title, `${path}.title`, 120);
    need(s.text, `${path}.text`, 2_000);
    const isReferral = s.key === WORKFLOW_STEP.REFERRAL;
    if (s.conditional !== isReferral) {
      errors.push(
        userError(
          'CONDITIONAL_STEP',
          isReferral
            ? 'The referral step is taken only when referred: keep it conditional.'
            : 'Only the referral step can be conditional.',
          `${path}.conditional`,
        ),
      );
    }
    if (s.conditional) need(s.condition, `${path}.condition`, 1_000);
    if (!WORKFLOW_STEP_KEYS.includes(s.key) && s.performerRole !== PerformerRole.STAFF) {
      errors.push(
        userError(
          'PERFORMER_ROLE',
          'An added step is performed by the officer.',
          `${path}.performerRole`,
        ),
      );
    }
    if (
      s.windowDays != null &&
      (!Number.isInteger(s.windowDays) || s.windowDays < 1 || s.windowDays > 365)
    ) {
      errors.push(
        userError('INVALID_WINDOW', 'A time limit is 1 to 365 days.', `${path}.windowDays`),
      );
    }
    if (s.windowUnit === 'WORKING' && s.windowDays == null) {
      errors.push(
        userError('REQUIRED', 'Working days count a time limit: give it.', `${path}.windowDays`),
      );
    }
    if (s.key === WORKFLOW_STEP.COMMITTEE && s.windowDays == null) {
      errors.push(
        userError('REQUIRED', 'The committee step needs its window in days.', `${path}.windowDays`),
      );
    }
    s.toolKeys.forEach((k, j) => {
      if (!toolKeys.has(k))
        errors.push(
          userError('UNKNOWN_TOOL', `No tool ${k} in this draft.`, `${path}.toolKeys.${j}`),
        );
    });
    keys(s.checklist, `${path}.checklist`);
    s.checklist.forEach((item, j) => {
      need(item.text, `${path}.checklist.${j}.text`, 500);
      if (item.documentTypeKey && !documentTypes.has(item.documentTypeKey)) {
        errors.push(
          userError(
            'UNKNOWN_DOCUMENT_TYPE',
            `No document type ${item.documentTypeKey}.`,
            `${path}.checklist.${j}.documentTypeKey`,
          ),
        );
      }
    });
  });
  return errors.slice(0, 50);
}

export const trimText = (t: Text): Text => ({ ar: t.ar.trim(), en: t.en.trim() });

/** The saved form of a draft input: texts trimmed, optional parts normalised. */
export function contentOf(input: PolicyDraftSaveInput): PolicyContent {
  return {
    title: trimText(input.title),
    preface: trimText(input.preface),
    generalObjective: trimText(input.generalObjective),
    objectives: input.objectives.map((o) => ({
      text: trimText(o.text),
      ...(o.children?.length ? { children: o.children.map(trimText) } : {}),
    })),
    channels: input.channels.map((ch) => ({
      key: ch.key,
      name: trimText(ch.name),
      description: trimText(ch.description),
    })),
    tools: input.tools.map((t) => ({
      key: t.key,
      kind: t.kind,
      name: trimText(t.name),
      description: trimText(t.description),
    })),
    steps: input.steps.map((s) => ({
      key: s.key,
      title: trimText(s.title),
      text: trimText(s.text),
      performerRole: s.performerRole,
      conditional: s.conditional,
      ...(s.conditional && s.condition ? { condition: trimText(s.condition) } : {}),
      ...(s.windowDays != null ? { windowDays: s.windowDays } : {}),
      ...(s.windowUnit === WindowUnit.WORKING ? { windowUnit: 'WORKING' as const } : {}),
      toolKeys: [...new Set(s.toolKeys)],
      checklist: s.checklist.map((i) => ({
        key: i.key,
        text: trimText(i.text),
        required: i.required,
        ...(i.documentTypeKey ? { documentTypeKey: i.documentTypeKey } : {}),
      })),
    })),
  };
}
