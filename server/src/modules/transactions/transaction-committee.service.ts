import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../audit/audit.service.js';
import type { User } from '../accounts/user.entity.js';
import {
  CommitteeDecision,
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionOutcome,
  TransactionStatus as Status,
} from './transaction.enums.js';
import { act, needReason, nextStep, type Target } from './transaction.service.js';

/**
 * Step 5: the research committee. Submitting starts its window; a deferral pauses the clock
 * (resuming moves the due date by the time waited); a decision records whether it was late.
 */

export const submitToCommittee = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.SUBMIT_TO_COMMITTEE, ({ t, step, event }) => {
    const now = new Date();
    const days = step.windowDays ?? 14;
    event(Kind.SUBMITTED_TO_COMMITTEE, { note: input.note, data: { windowDays: days } });
    t.status = Status.AWAITING_COMMITTEE;
    t.committeeSubmittedAt = now;
    t.committeeDueAt = new Date(now.getTime() + days * 86_400_000);
  });

export const decide = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { decision: CommitteeDecision; reason: string },
) =>
  act(em, actor, user, input, TransactionAction.DECIDE, ({ t, step, steps, event, moveTo }) => {
    needReason(input.reason);
    const now = new Date();
    const late = t.committeeDueAt ? now > t.committeeDueAt : false;
    if (input.decision === CommitteeDecision.APPROVE) {
      event(Kind.APPROVED, { note: input.reason, data: { late } });
      t.status = Status.OPEN;
      moveTo(nextStep(steps, step));
    } else if (input.decision === CommitteeDecision.REJECT) {
      event(Kind.REJECTED, { note: input.reason, data: { late } });
      t.status = Status.CLOSED;
      t.outcome = TransactionOutcome.REJECTED;
      t.closedAt = now;
    } else {
      event(Kind.DEFERRED, { note: input.reason });
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
  act(em, actor, user, input, TransactionAction.RESUME, ({ t, event }) => {
    const now = new Date();
    const paused = t.deferredAt ? now.getTime() - t.deferredAt.getTime() : 0;
    event(Kind.RESUMED, { note: input.note, data: { pausedMs: paused } });
    t.status = Status.AWAITING_COMMITTEE;
    if (t.committeeDueAt) t.committeeDueAt = new Date(t.committeeDueAt.getTime() + paused);
    t.deferredAt = null;
  });
