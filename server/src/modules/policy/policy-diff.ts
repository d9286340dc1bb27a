import type { PolicyContent } from './policy-content.js';

export type PolicySection = 'TEXT' | 'OBJECTIVE' | 'CHANNEL' | 'TOOL' | 'STEP' | 'CHECKLIST_ITEM';
export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One difference between two policy versions. */
export interface PolicyChangeData {
  section: PolicySection;
  /** Channel/tool/step key, `STEP/ITEM` for a checklist item, `3` or `6.2` for an objective, the field for a text. */
  key: string;
  kind: ChangeKind;
  /** For CHANGED: which fields differ (e.g. name, description, position, windowDays). */
  fields: string[];
  /** The item's name or text, from the newer side when it exists. */
  label: { ar: string; en: string };
}

type Text = { ar: string; en: string };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields of `a` and `b` (same shape) whose values differ, in the order given. */
const changedFields = <T extends object>(a: T, b: T, fields: (keyof T & string)[]) =>
  fields.filter((f) => !same(a[f] ?? null, b[f] ?? null));

/** Compares keyed lists: added, removed, changed (including a move in the order). */
function diffKeyed<T extends { key: string }>(
  section: PolicySection,
  before: T[],
  after: T[],
  fields: (keyof T & string)[],
  label: (item: T) => Text,
  { keyOf = (item: T) => item.key, ordered = true } = {},
): PolicyChangeData[] {
  const changes: PolicyChangeData[] = [];
  const old = new Map(before.map((item, i) => [item.key, { item, position: i + 1 }]));
  const now = new Set(after.map((item) => item.key));
  for (const [i, item] of after.entries()) {
    const was = old.get(item.key);
    if (!was) {
      changes.push({ section, key: keyOf(item), kind: 'ADDED', fields: [], label: label(item) });
      continue;
    }
    const fieldsChanged: string[] = changedFields(was.item, item, fields);
    if (ordered && was.position !== i + 1) fieldsChanged.push('position');
    if (fieldsChanged.length) {
      changes.push({
        section,
        key: keyOf(item),
        kind: 'CHANGED',
        fields: fieldsChanged,
        label: label(item),
      });
    }
  }
  for (const item of before) {
    if (!now.has(item.key)) {
      changes.push({ section, key: keyOf(item), kind: 'REMOVED', fields: [], label: label(item) });
    }
  }
  return changes;
}

/** Objectives have no keys: they are matched by their place (3, 6.2). */
function objectivePaths(content: PolicyContent) {
  return content.objectives.flatMap((o, i) => [
    { key: String(i + 1), text: o.text },
    ...(o.children ?? []).map((c, j) => ({ key: `${i + 1}.${j + 1}`, text: c })),
  ]);
}

/** Everything that differs from `from` to `to`, section by section. */
export function diffPolicy(from: PolicyContent, to: PolicyContent): PolicyChangeData[] {
  const texts = (['title', 'preface', 'generalObjective'] as const)
    .filter((f) => !same(from[f], to[f]))
    .map((f): PolicyChangeData => ({
      section: 'TEXT',
      key: f,
      kind: 'CHANGED',
      fields: (['ar', 'en'] as const).filter((l) => from[f][l] !== to[f][l]),
      label: to[f],
    }));
  const objectives = diffKeyed(
    'OBJECTIVE',
    objectivePaths(from),
    objectivePaths(to),
    ['text'],
    (o) => o.text,
    { ordered: false },
  );
  const channels = diffKeyed(
    'CHANNEL',
    from.channels,
    to.channels,
    ['name', 'description'],
    (c) => c.name,
  );
  const tools = diffKeyed(
    'TOOL',
    from.tools,
    to.tools,
    ['kind', 'name', 'description'],
    (t) => t.name,
  );
  const steps = diffKeyed(
    'STEP',
    from.steps,
    to.steps,
    [
      'title',
      'text',
      'performerRole',
      'conditional',
      'condition',
      'windowDays',
      'windowUnit',
      'toolKeys',
    ],
    (s) => s.title,
  );
  // Checklists are compared within each step both versions have (an added step is one change).
  const checklist = to.steps.flatMap((step) => {
    const was = from.steps.find((s) => s.key === step.key);
    if (!was) return [];
    return diffKeyed(
      'CHECKLIST_ITEM',
      was.checklist,
      step.checklist,
      ['text', 'required', 'documentTypeKey'],
      (i) => i.text,
      {
        keyOf: (i) => `${step.key}/${i.key}`,
      },
    );
  });
  return [...texts, ...objectives, ...channels, ...tools, ...steps, ...checklist];
}
