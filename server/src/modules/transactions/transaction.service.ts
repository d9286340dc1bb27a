import { createHash, randomBytes } from 'node:crypto';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { apiError, forbidden } from '../common/errors.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { OFFICER_ROLES, Role } from '../accounts/role.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Channel } from '../policy/channel.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { SPECIAL_STEP_KEYS, WORKFLOW_STEP } from '../policy/workflow-steps.js';
import { ReferralReason } from './referral-reason.entity.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import {
  CommitteeDecision,
  TransactionEventKind as Kind,
  TransactionOutcome,
  TransactionStatus as Status,
  TransactionType,
} from './transaction.enums.js';

/** The steps' stable keys (the same in every policy version). */
export const STEP = WORKFLOW_STEP;

/** Everything that can be done to a transaction. */
export enum TransactionAction {
  COMPLETE_STEP = 'COMPLETE_STEP',
  CLOSE_INQUIRY = 'CLOSE_INQUIRY',
  REFER = 'REFER',
  RETURN_FROM_REFERRAL = 'RETURN_FROM_REFERRAL',
  ATTEST = 'ATTEST',
  SUBMIT_TO_COMMITTEE = 'SUBMIT_TO_COMMITTEE',
  DECIDE = 'DECIDE',
  RESUME = 'RESUME',
  DELIVER = 'DELIVER',
  WITHDRAW = 'WITHDRAW',
}

/**
 * Who may take each action, and in which state (status and current step); `who`, when given,
 * narrows the roles down to particular users of them.
 */
const RULES: Record<
  TransactionAction,
  {
    roles: Role[];
    when: (t: Transaction, step: HandlingStep) => boolean;
    who?: (t: Transaction, user: User) => boolean;
  }
> = {
  [TransactionAction.COMPLETE_STEP]: {
    roles: OFFICER_ROLES,
    // Any step without an action of its own (reception, verification, registration, and any
    // plain step a policy version adds) is completed by its checklist; an inquiry closes instead.
    when: (t, s) =>
      t.status === Status.OPEN &&
      !SPECIAL_STEP_KEYS.includes(s.key) &&
      !(s.key === STEP.RECEPTION && t.type === TransactionType.INQUIRY),
  },
  [TransactionAction.CLOSE_INQUIRY]: {
    roles: OFFICER_ROLES,
    when: (t, s) =>
      t.status === Status.OPEN && t.type === TransactionType.INQUIRY && s.key === STEP.RECEPTION,
  },
  [TransactionAction.REFER]: {
    roles: OFFICER_ROLES,
    when: (t, s) =>
      t.status === Status.OPEN && (s.key === STEP.RECEPTION || s.key === STEP.VERIFICATION),
  },
  [TransactionAction.RETURN_FROM_REFERRAL]: {
    roles: [Role.RESEARCHER, Role.MANAGER],
    when: (t) => t.status === Status.REFERRED,
    // The researcher it was referred to, or a manager; not every researcher.
    who: (t, user) => user.hasAnyRole([Role.MANAGER]) || t.assignee?.id === user.id,
  },
  [TransactionAction.ATTEST]: {
    roles: OFFICER_ROLES,
    when: (t, s) => t.status === Status.OPEN && s.key === STEP.ATTESTATION,
  },
  [TransactionAction.SUBMIT_TO_COMMITTEE]: {
    roles: OFFICER_ROLES,
    when: (t, s) => t.status === Status.OPEN && s.key === STEP.COMMITTEE,
  },
  [TransactionAction.DECIDE]: {
    roles: [Role.COMMITTEE],
    when: (t) => t.status === Status.AWAITING_COMMITTEE,
  },
  [TransactionAction.RESUME]: {
    roles: OFFICER_ROLES,
    when: (t) => t.status === Status.DEFERRED,
  },
  [TransactionAction.DELIVER]: {
    roles: OFFICER_ROLES,
    when: (t, s) => t.status === Status.OPEN && s.key === STEP.DELIVERY,
  },
  [TransactionAction.WITHDRAW]: {
    roles: OFFICER_ROLES,
    when: (t) => t.status !== Status.CLOSED,
  },
};

/** Whether `user` is one who may take `action` on `t` (role, and the rule's own condition). */
const mayTake = (action: TransactionAction, t: Transaction, user: User) =>
  user.hasAnyRole(RULES[action].roles) && (RULES[action].who?.(t, user) ?? true);

/** The actions `user` may take on `t` now (for the interface's buttons): exactly what act() allows. */
export function availableActions(
  t: Transaction,
  step: HandlingStep,
  user: User,
): TransactionAction[] {
  return (Object.keys(RULES) as TransactionAction[]).filter(
    (a) => RULES[a].when(t, step) && mayTake(a, t, user),
  );
}

export type TxResult = Result<{ transaction: Transaction }>;

/** Adds one entry to a transaction's timeline (in the caller's unit of work). */
function addEvent(
  tx: EntityManager,
  t: Transaction,
  user: User,
  kind: Kind,
  step: HandlingStep,
  fields: { note?: string | null; data?: unknown } = {},
): void {
  const at = new Date();
  tx.create(TransactionEvent, {
    transaction: t,
    kind,
    step,
    actor: user,
    actorName: user.username,
    at,
    note: fields.note?.trim() || null,
    data: fields.data === undefined ? null : JSON.stringify(fields.data),
    gapSeconds: t.lastEventAt ? Math.round((at.getTime() - t.lastEventAt.getTime()) / 1000) : null,
  });
  t.lastEventAt = at;
}

async function stepsOf(em: EntityManager, version: PolicyVersion): Promise<HandlingStep[]> {
  return em.find(
    HandlingStep,
    { version },
    { orderBy: { position: 'asc' }, populate: ['checklist'] },
  );
}

/** The next step in the version's order, skipping conditional steps (they are entered by referral). */
function nextStep(steps: HandlingStep[], current: HandlingStep): HandlingStep {
  const next = steps.find((s) => s.position > current.position && !s.conditional);
  if (!next) throw new Error(`No step after ${current.key}`);
  return next;
}

const stepByKey = (steps: HandlingStep[], key: string): HandlingStep => {
  const step = steps.find((s) => s.key === key);
  if (!step) throw new Error(`The policy version has no step ${key}`);
  return step;
};

/** SHA-256 over the beneficiary's data, as attested at step 4. */
export function beneficiaryDataHash(
  b: Pick<Beneficiary, 'fullName' | 'nationalId' | 'mobile' | 'city' | 'gender' | 'dateOfBirth'>,
): string {
  const data = [b.fullName, b.nationalId, b.mobile, b.city, b.gender, b.dateOfBirth ?? ''];
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

interface ActContext {
  tx: EntityManager;
  t: Transaction;
  step: HandlingStep;
  steps: HandlingStep[];
  user: User;
  event: (
    kind: Kind,
    fields?: { note?: string | null; data?: unknown; step?: HandlingStep },
  ) => void;
}

/**
 * Runs one action on a transaction: loads it, checks the expected version (CONFLICT when stale),
 * the state and the user's roles (a refused transition changes nothing), applies `work`, writes
 * the timeline event and the audit row, all in one database transaction. The version column
 * makes two simultaneous changes end with exactly one winner.
 */
async function act(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { id: number; expectedVersion: number },
  action: TransactionAction,
  work: (c: ActContext) => Promise<void> | void,
): Promise<TxResult> {
  try {
    return await inTransaction(em, async (tx) => {
      const t = await tx.findOne(
        Transaction,
        { id: input.id },
        { populate: ['currentStep', 'policyVersion', 'beneficiary'] },
      );
      if (!t) throw apiError('NOT_FOUND', 'No such transaction.');
      if (t.version !== input.expectedVersion) throw conflict(t);
      const rule = RULES[action];
      if (!user.hasAnyRole(rule.roles)) throw forbidden();
      const step = t.currentStep;
      if (!rule.when(t, step)) {
        reject(
          'TRANSITION_NOT_ALLOWED',
          `${action} is not possible while the transaction is ${t.status} at step ${step.position} (${step.key}).`,
        );
      }
      // The same check as availableActions: a role may take it, but not every user of it.
      if (!mayTake(action, t, user)) throw forbidden();
      const before = { status: t.status, step: step.key, outcome: t.outcome ?? null };
      const steps = await stepsOf(tx, t.policyVersion);
      const event: ActContext['event'] = (kind, fields = {}) =>
        addEvent(tx, t, user, kind, fields.step ?? step, fields);
      await work({ tx, t, step, steps, user, event });
      await tx.flush();
      recordAudit(tx, actor, {
        action: `transaction.${action.toLowerCase()}`,
        targetType: 'Transaction',
        targetId: t.id,
        before,
        after: { status: t.status, step: t.currentStep.key, outcome: t.outcome ?? null },
      });
      return { transaction: t };
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) {
      const fresh = await em
        .fork()
        .findOne(Transaction, { id: input.id }, { populate: ['currentStep'] });
      throw conflict(fresh);
    }
    throw err;
  }
}

function conflict(t: Transaction | null) {
  return apiError(
    'CONFLICT',
    'Someone else changed this transaction first. Reload it and try again.',
    t ? { currentVersion: t.version, status: t.status, currentStep: t.currentStep.key } : {},
  );
}

const needReason = (reason: string | null | undefined, field = 'reason') => {
  if (!reason || reason.trim().length < 3) reject('REASON_REQUIRED', 'Give a reason.', field);
};

export async function openTransaction(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    beneficiaryId: number;
    channelKey: string;
    type: TransactionType;
    subject: string;
    assigneeId?: number | null;
    note?: string | null;
  },
): Promise<TxResult> {
  if (!user.hasAnyRole(OFFICER_ROLES)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const version = await tx.findOne(PolicyVersion, { status: PolicyVersionStatus.ACTIVE });
    if (!version) reject('NO_ACTIVE_POLICY', 'No policy version is active.');
    const beneficiary = await tx.findOne(Beneficiary, { id: input.beneficiaryId });
    if (!beneficiary) reject('NOT_FOUND', 'No such beneficiary.', 'beneficiaryId');
    const channel = await tx.findOne(Channel, { version: version!, key: input.channelKey });
    if (!channel) reject('UNKNOWN_CHANNEL', 'No such channel in the active policy.', 'channelKey');
    const subject = input.subject.trim();
    if (subject.length < 3) reject('SUBJECT_REQUIRED', 'Describe the subject.', 'subject');
    let assignee = user;
    if (input.assigneeId != null && input.assigneeId !== user.id) {
      const other = await tx.findOne(User, { id: input.assigneeId, active: true });
      if (!other || !other.hasAnyRole(OFFICER_ROLES)) {
        reject('INVALID_ASSIGNEE', 'The assignee must be an active officer.', 'assigneeId');
      }
      assignee = other!;
    }
    const steps = await stepsOf(tx, version!);
    const first = steps[0]!;
    const now = new Date();
    const t = tx.create(Transaction, {
      // Replaced by MSR-<year>-<id> once the id is known; unique and within the column's 20.
      reference: `T${randomBytes(8).toString('hex')}`,
      beneficiary: beneficiary!,
      channel: channel!,
      type: input.type,
      subject,
      assignee,
      policyVersion: version!,
      currentStep: first,
      openedAt: now,
    });
    await tx.flush();
    t.reference = `MSR-${now.getUTCFullYear()}-${String(t.id).padStart(6, '0')}`;
    addEvent(tx, t, user, Kind.OPENED, first, {
      note: input.note,
      data: { channel: channel!.key, type: input.type },
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'transaction.open',
      targetType: 'Transaction',
      targetId: t.id,
      after: { reference: t.reference, type: t.type, channel: channel!.key, step: first.key },
    });
    return { transaction: t };
  });
}

type Target = { id: number; expectedVersion: number };

export const completeStep = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { checkedItems: string[]; note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.COMPLETE_STEP, ({ t, step, steps, event }) => {
    const known = new Set(step.checklist.getItems().map((i) => i.key));
    const unknown = input.checkedItems.filter((k) => !known.has(k));
    if (unknown.length) {
      reject(
        'UNKNOWN_CHECKLIST_ITEM',
        `Not on this step's checklist: ${unknown.join(', ')}.`,
        'checkedItems',
      );
    }
    const missing = step.checklist
      .getItems()
      .filter((i) => i.required && !input.checkedItems.includes(i.key))
      .map((i) => i.key);
    if (missing.length) {
      reject(
        'CHECKLIST_INCOMPLETE',
        `Required items not checked: ${missing.join(', ')}.`,
        'checkedItems',
      );
    }
    event(Kind.STEP_COMPLETED, { note: input.note, data: { checkedItems: input.checkedItems } });
    t.currentStep = nextStep(steps, step);
  });

export const closeInquiry = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.CLOSE_INQUIRY, ({ t, event }) => {
    event(Kind.INQUIRY_CLOSED, { note: input.note });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.ANSWERED;
    t.closedAt = new Date();
  });

export const refer = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { researcherId: number; reasonKey: string; note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.REFER, async ({ tx, t, step, steps, event }) => {
    const researcher = await tx.findOne(User, { id: input.researcherId, active: true });
    if (!researcher || !researcher.hasAnyRole([Role.RESEARCHER])) {
      reject('INVALID_RESEARCHER', 'Choose an active social-research officer.', 'researcherId');
    }
    const reason = await tx.findOne(ReferralReason, { key: input.reasonKey, active: true });
    if (!reason) reject('UNKNOWN_REASON', 'Choose a referral reason from the list.', 'reasonKey');
    const referral = stepByKey(steps, STEP.REFERRAL);
    event(Kind.REFERRED, {
      note: input.note,
      step: referral,
      data: { reason: reason!.key, from: step.key, researcher: researcher!.username },
    });
    t.returnStep = step;
    t.currentStep = referral;
    t.status = Status.REFERRED;
    t.assignee = researcher;
  });

export const returnFromReferral = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { guidance: string },
) =>
  act(em, actor, user, input, TransactionAction.RETURN_FROM_REFERRAL, async ({ tx, t, event }) => {
    if (!input.guidance || input.guidance.trim().length < 3) {
      reject('GUIDANCE_REQUIRED', 'Record the guidance given to the beneficiary.', 'guidance');
    }
    const referredBy = await tx.findOne(
      TransactionEvent,
      { transaction: t, kind: Kind.REFERRED },
      { orderBy: { id: 'desc' }, populate: ['actor'] },
    );
    event(Kind.REFERRAL_RETURNED, { note: input.guidance });
    t.currentStep = t.returnStep!;
    t.returnStep = null;
    t.status = Status.OPEN;
    t.assignee = referredBy?.actor ?? null;
  });

export const attest = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { attestationText: string; applicantConfirmed: boolean; note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.ATTEST, ({ t, step, steps, event }) => {
    if (!input.applicantConfirmed) {
      reject('NOT_CONFIRMED', 'The applicant must confirm the attestation.', 'applicantConfirmed');
    }
    if (!input.attestationText || input.attestationText.trim().length < 10) {
      reject('ATTESTATION_TEXT_REQUIRED', 'Record the attestation text shown.', 'attestationText');
    }
    const hash = beneficiaryDataHash(t.beneficiary);
    event(Kind.ATTESTED, {
      note: input.note,
      data: {
        attestationText: input.attestationText.trim(),
        applicantConfirmed: true,
        witness: user.username,
        dataHash: hash,
      },
    });
    t.attestedDataHash = hash;
    t.currentStep = nextStep(steps, step);
  });

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
  act(em, actor, user, input, TransactionAction.DECIDE, ({ t, step, steps, event }) => {
    needReason(input.reason);
    const now = new Date();
    const late = t.committeeDueAt ? now > t.committeeDueAt : false;
    if (input.decision === CommitteeDecision.APPROVE) {
      event(Kind.APPROVED, { note: input.reason, data: { late } });
      t.status = Status.OPEN;
      t.currentStep = nextStep(steps, step);
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

export const deliver = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { serviceDelivered: string },
) =>
  act(em, actor, user, input, TransactionAction.DELIVER, ({ t, event }) => {
    needReason(input.serviceDelivered, 'serviceDelivered');
    event(Kind.DELIVERED, { note: input.serviceDelivered });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.COMPLETED;
    t.closedAt = new Date();
  });

export const withdraw = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { reason: string },
) =>
  act(em, actor, user, input, TransactionAction.WITHDRAW, ({ t, event }) => {
    needReason(input.reason);
    event(Kind.WITHDRAWN, { note: input.reason });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.WITHDRAWN;
    t.closedAt = new Date();
  });
