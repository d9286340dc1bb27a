import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../audit/audit.service.js';
import type { User } from '../accounts/user.entity.js';
import { workingCalendar } from '../calendar/calendar.service.js';
import { WindowUnit } from '../policy/policy.enums.js';
import {
  CommitteeDecision,
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionOutcome,
  TransactionStatus as Status,
} from './transaction.enums.js';
import {
  checkedItemsOf,
  checkStepEnding,
  recordedItems,
  withItems,
} from './transaction-checklist.js';
import { act, needReason, nextStep, type Target } from './transaction.service.js';

/**
 * Step 5: the research committee. Submitting starts its window; a deferral pauses the clock
 * (resuming moves the due date by the time waited); a decision records whether it was late.
 * The step's checklist is recorded by those who do it: the officer checks on submitting what is
 * done before the committee (the beneficiary told the request goes to it, and when to expect an
 * answer), the committee on deciding the rest (studied, decision recorded, beneficiary notified);
 * an approval or a rejection ends the step, so every required item must be checked by then,
 * counting the submission's. A deferral records what it checked and asks for nothing yet.
 */

/** The events at step 5 that record checklist items before the decision ends it. */
const BEFORE_DECISION = [Kind.SUBMITTED_TO_COMMITTEE, Kind.DEFERRED];

export const submitToCommittee = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { note?: string | null; checkedItems?: string[] | null },
) =>
  act(
    em,
    actor,
    user,
    input,
    TransactionAction.SUBMIT_TO_COMMITTEE,
    async ({ tx, t, step, event }) => {
      const now = new Date();
      const days = step.windowDays ?? 14;
      const items = checkedItemsOf(step, input.checkedItems, { endsStep: false });
      event(Kind.SUBMITTED_TO_COMMITTEE, {
        note: input.note,
        data: withItems(step, items, {
          windowDays: days,
          ...(step.windowUnit === WindowUnit.WORKING ? { windowUnit: WindowUnit.WORKING } : {}),
        }),
      });
      t.status = Status.AWAITING_COMMITTEE;
      t.committeeSubmittedAt = now;
      // A window of working days skips Fridays, Saturdays and the holidays (calendar/).
      t.committeeDueAt =
        step.windowUnit === WindowUnit.WORKING
          ? (await workingCalendar(tx)).addWorkingDays(now, days)
          : new Date(now.getTime() + days * 86_400_000);
    },
  );

export const decide = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { decision: CommitteeDecision; reason: string; checkedItems?: string[] | null },
) =>
  act(em, actor, user, input, TransactionAction.DECIDE, async (c) => {
    const { tx, t, step, steps, event, moveTo } = c;
    needReason(input.reason);
    const endsStep = input.decision !== CommitteeDecision.DEFER;
    const recorded =
      endsStep && step.checklist.length ? await recordedItems(tx, t, BEFORE_DECISION) : [];
    const items = checkedItemsOf(step, input.checkedItems, { endsStep, recorded });
    if (endsStep) {
      await checkStepEnding(tx, t, step, {
        action: TransactionAction.DECIDE,
        decision: input.decision,
        user,
      });
    }
    const now = new Date();
    const late = t.committeeDueAt ? now > t.committeeDueAt : false;
    if (input.decision === CommitteeDecision.APPROVE) {
      event(Kind.APPROVED, { note: input.reason, data: withItems(step, items, { late }) });
      t.status = Status.OPEN;
      moveTo(nextStep(steps, step));
    } else if (input.decision === CommitteeDecision.REJECT) {
      event(Kind.REJECTED, { note: input.reason, data: withItems(step, items, { late }) });
      t.status = Status.CLOSED;
      t.outcome = TransactionOutcome.REJECTED;
      t.closedAt = now;
    } else {
      event(Kind.DEFERRED, { note: input.reason, data: withItems(step, items) });
      t.status = Status.DEFERRED;
      t.deferredAt = now;
    }
  });

export const resume = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.RESUME, async ({ tx, t, step, event }) => {
    const now = new Date();
    const paused = t.deferredAt ? now.getTime() - t.deferredAt.getTime() : 0;
    event(Kind.RESUMED, { note: input.note, data: { pausedMs: paused } });
    t.status = Status.AWAITING_COMMITTEE;
    if (t.committeeDueAt && step.windowUnit === WindowUnit.WORKING && t.deferredAt) {
      // A working-day window moves by the working days the deferral lasted.
      const calendar = await workingCalendar(tx);
      const waited = calendar.workingDaysBetween(t.deferredAt, now);
      t.committeeDueAt = calendar.addWorkingDays(t.committeeDueAt, Math.min(waited, 365));
    } else if (t.committeeDueAt) {
      t.committeeDueAt = new Date(t.committeeDueAt.getTime() + paused);
    }
    t.deferredAt = null;
  });
