import type { EntityManager } from '@mikro-orm/core';
import { reject } from '../common/payload.js';
import type { StepShape } from '../policy/version-shape.js';
import type { Transaction } from './transaction.entity.js';
import { TransactionEvent } from './transaction.entity.js';
import type { User } from '../accounts/user.entity.js';
import type {
  CommitteeDecision,
  TransactionAction,
  TransactionEventKind,
} from './transaction.enums.js';

/**
 * A step's checklist as the actions record it. Every action that works at a step with a checklist
 * takes the keys of the items checked (`checkedItems`) and records them in its timeline event.
 * An item not on the step's checklist is refused (UNKNOWN_CHECKLIST_ITEM). The action that ends
 * the step (completing it, the committee's approval or rejection, the delivery) also needs every
 * required item checked (CHECKLIST_INCOMPLETE), counting those recorded earlier at the same step
 * (`recorded`: at step 5, what the officer checked on submitting and the committee on deferring).
 */
export function checkedItemsOf(
  step: Pick<StepShape, 'checklist'>,
  checked: readonly string[] | null | undefined,
  ends: { endsStep: boolean; recorded?: readonly string[] },
): string[] {
  const items = [...new Set(checked ?? [])];
  const known = new Set(step.checklist.map((i) => i.key));
  const unknown = items.filter((k) => !known.has(k));
  if (unknown.length) {
    reject(
      'UNKNOWN_CHECKLIST_ITEM',
      `Not on this step's checklist: ${unknown.join(', ')}.`,
      'checkedItems',
    );
  }
  if (ends.endsStep) {
    const done = new Set([...items, ...(ends.recorded ?? [])]);
    const missing = step.checklist.filter((i) => i.required && !done.has(i.key)).map((i) => i.key);
    if (missing.length) {
      reject(
        'CHECKLIST_INCOMPLETE',
        `Required items not checked: ${missing.join(', ')}.`,
        'checkedItems',
      );
    }
  }
  return items;
}

/**
 * The checklist items recorded so far by the events of `kinds` on `t` (one narrow select of the
 * events' data; nothing is loaded into the unit of work's change set but their data).
 */
export async function recordedItems(
  tx: EntityManager,
  t: Transaction,
  kinds: readonly TransactionEventKind[],
): Promise<string[]> {
  const events = await tx.find(
    TransactionEvent,
    { transaction: t.id, kind: { $in: [...kinds] } },
    { fields: ['data'] },
  );
  return events.flatMap((e) => {
    const data = e.data ? (JSON.parse(e.data) as { checkedItems?: unknown }) : null;
    return Array.isArray(data?.checkedItems) ? (data.checkedItems as string[]) : [];
  });
}

/** The action ending a step, as the checks registered below are told it. */
export interface StepEnding {
  action: TransactionAction;
  /** The committee's decision, when the committee's approval or rejection ends step 5. */
  decision?: CommitteeDecision;
  user: User;
}

/**
 * What else a step needs, or does, as it ends, registered by the modules that depend on
 * transactions (`onStepEnding`, in their index.ts): the documents its checklist items ask for
 * (the documents module rejects with DOCUMENTS_MISSING), and what the committee approved, its
 * registration and its deliveries (the support module). They run in the action's database
 * transaction: a rejection rolls the action back, a change commits with it.
 */
export type StepEndingCheck = (
  tx: EntityManager,
  t: Transaction,
  step: Pick<StepShape, 'checklist' | 'key'>,
  ending: StepEnding,
) => Promise<void>;

const stepEndingChecks: StepEndingCheck[] = [];

/** Registers a check run as a step ends (each module does, once). */
export function onStepEnding(check: StepEndingCheck): void {
  if (!stepEndingChecks.includes(check)) stepEndingChecks.push(check);
}

/** Runs, in the order registered, what `step` needs or does as `ending` ends it. */
export async function checkStepEnding(
  tx: EntityManager,
  t: Transaction,
  step: Pick<StepShape, 'checklist' | 'key'>,
  ending: StepEnding,
): Promise<void> {
  for (const check of stepEndingChecks) await check(tx, t, step, ending);
}

/** An event's data with the checked items, when the step has a checklist. */
export const withItems = (
  step: Pick<StepShape, 'checklist'>,
  items: readonly string[],
  data: Record<string, unknown> = {},
): Record<string, unknown> => (step.checklist.length ? { ...data, checkedItems: items } : data);
