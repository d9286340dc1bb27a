/**
 * Side-by-side comparison of two policy versions: each section's items lined up by their key
 * (older | newer), marked with the change the server's `policyVersionDiff` reports for them.
 */
import type { PolicyChangeKind, PolicySection } from '@/gql/graphql';
import type { Policy, PolicyChannel, PolicyStep, PolicyTool } from '../types';

export interface PolicyChange {
  section: PolicySection;
  key: string;
  kind: PolicyChangeKind;
  fields: string[];
  label: { ar: string; en: string };
}

export interface CompareRow<T> {
  key: string;
  older: T | null;
  newer: T | null;
  /** The change reported for the item; null when it is the same in both. */
  kind: PolicyChangeKind | null;
  /** For a change: the fields that differ. */
  fields: string[];
}

export interface ObjectiveItem {
  /** "3", or "6.2" for a sub-item. */
  key: string;
  depth: 0 | 1;
  text: { ar: string; en: string };
}
export interface TextItem {
  key: 'title' | 'preface' | 'generalObjective';
  text: { ar: string; en: string };
}
export type ChecklistItem = PolicyStep['checklist'][number];
export interface StepRow extends CompareRow<PolicyStep> {
  checklist: CompareRow<ChecklistItem>[];
  /** The step or one of its checklist items changed. */
  touched: boolean;
}

export interface PolicyComparison {
  texts: CompareRow<TextItem>[];
  objectives: CompareRow<ObjectiveItem>[];
  channels: CompareRow<PolicyChannel>[];
  tools: CompareRow<PolicyTool>[];
  steps: StepRow[];
}

export type ChangeCounts = Record<PolicyChangeKind, number>;

/** The diff's changes by `SECTION:key`. */
export function indexChanges(changes: readonly PolicyChange[]): Map<string, PolicyChange> {
  return new Map(changes.map((c) => [`${c.section}:${c.key}`, c]));
}

/**
 * Lines up two ordered lists by key: the newer order, with each item only in the older list
 * placed after the item that preceded it there.
 */
export function alignRows<T>(
  section: PolicySection,
  older: readonly T[],
  newer: readonly T[],
  keyOf: (item: T) => string,
  changes: Map<string, PolicyChange>,
): CompareRow<T>[] {
  const oldByKey = new Map(older.map((item) => [keyOf(item), item]));
  const newKeys = new Set(newer.map(keyOf));
  const row = (key: string, o: T | null, n: T | null): CompareRow<T> => {
    const change = changes.get(`${section}:${key}`);
    let kind: PolicyChangeKind | null = change?.kind ?? null;
    // The list says more than the change set when a fixture or an old server is incomplete.
    if (!kind && !o) kind = 'ADDED';
    if (!kind && !n) kind = 'REMOVED';
    return { key, older: o, newer: n, kind, fields: change?.fields ?? [] };
  };
  const rows: CompareRow<T>[] = newer.map((item) =>
    row(keyOf(item), oldByKey.get(keyOf(item)) ?? null, item),
  );
  older.forEach((item, i) => {
    const key = keyOf(item);
    if (newKeys.has(key)) return;
    // After the row of the nearest earlier older item still present (or a removed one placed).
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const prevKey = keyOf(older[j]!);
      const index = rows.findIndex((r) => r.key === prevKey);
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    rows.splice(at, 0, row(key, item, null));
  });
  return rows;
}

/** Objectives and their sub-items as one list keyed by place: "1" … "6", "6.1" … "6.5". */
export function objectiveItems(policy: Policy): ObjectiveItem[] {
  return [...policy.objectives]
    .sort((a, b) => a.position - b.position)
    .flatMap((o, i) => [
      { key: String(i + 1), depth: 0 as const, text: o.text },
      ...[...o.children]
        .sort((a, b) => a.position - b.position)
        .map((c, j) => ({ key: `${i + 1}.${j + 1}`, depth: 1 as const, text: c.text })),
    ]);
}

const TEXT_KEYS = ['title', 'preface', 'generalObjective'] as const;

export function comparePolicies(
  older: Policy,
  newer: Policy,
  changes: readonly PolicyChange[],
): PolicyComparison {
  const index = indexChanges(changes);
  const texts: CompareRow<TextItem>[] = TEXT_KEYS.map((key) => {
    const change = index.get(`TEXT:${key}`);
    return {
      key,
      older: { key, text: older[key] },
      newer: { key, text: newer[key] },
      kind: change?.kind ?? null,
      fields: change?.fields ?? [],
    };
  });
  const steps = alignRows('STEP', older.steps, newer.steps, (s) => s.key, index).map(
    (row): StepRow => {
      const stepKey = row.key;
      const checklist = alignRows(
        'CHECKLIST_ITEM',
        row.older?.checklist ?? [],
        row.newer?.checklist ?? [],
        (i) => `${stepKey}/${i.key}`,
        index,
      ).map((r) =>
        // A whole step added or removed is one change: its items are not changes of their own.
        row.kind === 'ADDED' || row.kind === 'REMOVED' ? { ...r, kind: null, fields: [] } : r,
      );
      return { ...row, checklist, touched: !!row.kind || checklist.some((c) => !!c.kind) };
    },
  );
  return {
    texts,
    objectives: alignRows(
      'OBJECTIVE',
      objectiveItems(older),
      objectiveItems(newer),
      (o) => o.key,
      index,
    ),
    channels: alignRows('CHANNEL', older.channels, newer.channels, (c) => c.key, index),
    tools: alignRows('TOOL', older.tools, newer.tools, (t) => t.key, index),
    steps,
  };
}

/** How many items were added, removed and changed in each part of the policy. */
export function countChanges(
  changes: readonly PolicyChange[],
): Record<PolicySection, ChangeCounts> {
  const zero = (): ChangeCounts => ({ ADDED: 0, REMOVED: 0, CHANGED: 0 });
  const counts: Record<PolicySection, ChangeCounts> = {
    TEXT: zero(),
    OBJECTIVE: zero(),
    CHANNEL: zero(),
    TOOL: zero(),
    STEP: zero(),
    CHECKLIST_ITEM: zero(),
  };
  for (const c of changes) counts[c.section][c.kind] += 1;
  return counts;
}

/** The kinds of change, in the order they are shown, and their colours. */
export const CHANGE_KINDS: PolicyChangeKind[] = ['ADDED', 'REMOVED', 'CHANGED'];
export const KIND_COLORS: Record<PolicyChangeKind, string> = {
  ADDED: 'success',
  REMOVED: 'error',
  CHANGED: 'warning',
};

/** A row of the steps section (with the step's checklist lined up). */
export const isStepRow = (row: unknown): row is StepRow => !!row && 'checklist' in (row as object);
