import { createHash } from 'node:crypto';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { apiError, forbidden } from '../common/errors.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import type { Context } from '../../context.js';
import { recordPersonalDataSearch } from '../beneficiaries/personal-data-reads.js';
import type { ConnectionShape, PageArgs } from '../common/connection.js';
import type { TransactionFilter, TransactionSort } from './transaction.inputs.js';
import { OFFICER_ROLES, Role } from '../common/role.js';
import { User } from '../accounts/user.entity.js';
import type { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { stepOf, versionShape, type StepShape } from '../policy/version-shape.js';
import { SPECIAL_STEP_KEYS, WORKFLOW_STEP } from '../policy/workflow-steps.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import {
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionStatus as Status,
  TransactionType,
} from './transaction.enums.js';

/**
 * The rules of a transaction's workflow: who may take which action in which state, and `act`,
 * which runs every action (the actions themselves: transaction-steps, transaction-referral and
 * transaction-committee services). Also the list with its personal-data audit, and the survey
 * link a closing action issues.
 */

/** The steps' stable keys (the same in every policy version). */
export const STEP = WORKFLOW_STEP;

/**
 * Who may take each action, and in which state (status and current step); `who`, when given,
 * narrows the roles down to particular users of them.
 */
const RULES: Record<
  TransactionAction,
  {
    roles: Role[];
    when: (t: Transaction, step: Pick<StepShape, 'key'>) => boolean;
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
  // The support module's (support.service.ts): only where the committee approved an award.
  [TransactionAction.RECORD_DELIVERY]: {
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
  step: Pick<StepShape, 'key'>,
  user: User,
): TransactionAction[] {
  return (Object.keys(RULES) as TransactionAction[]).filter(
    (a) => RULES[a].when(t, step) && mayTake(a, t, user),
  );
}

/**
 * Narrows the actions offered on `t` by what a module that depends on transactions knows: the
 * support module offers step 7's RECORD_DELIVERY only where an award is registered, and the
 * plain DELIVER only where none is outstanding (`onOfferedActions`, in its index.ts).
 */
export type OfferedActions = (
  em: EntityManager,
  t: Transaction,
  step: Pick<StepShape, 'key'>,
  actions: TransactionAction[],
) => Promise<TransactionAction[]>;

const offeredHooks: OfferedActions[] = [];

/** Registers a narrowing of the offered actions (each module does, once). */
export function onOfferedActions(hook: OfferedActions): void {
  if (!offeredHooks.includes(hook)) offeredHooks.push(hook);
}

/** availableActions, narrowed by the registered hooks: what the transaction page offers. */
export async function offeredActions(
  em: EntityManager,
  t: Transaction,
  step: Pick<StepShape, 'key'>,
  user: User,
): Promise<TransactionAction[]> {
  let actions = availableActions(t, step, user);
  for (const hook of offeredHooks) actions = await hook(em, t, step, actions);
  return actions;
}

export type TxResult = Result<{ transaction: Transaction }>;

/** Adds one entry to a transaction's timeline (in the caller's unit of work). */
export function addEvent(
  tx: EntityManager,
  t: Transaction,
  user: User,
  kind: Kind,
  step: Pick<StepShape, 'id'>,
  fields: { note?: string | null; data?: unknown } = {},
): void {
  const at = new Date();
  tx.create(TransactionEvent, {
    transaction: t,
    kind,
    step: stepRef(tx, step),
    actor: user,
    actorName: user.username,
    at,
    note: fields.note?.trim() || null,
    data: fields.data === undefined ? null : JSON.stringify(fields.data),
    gapSeconds: t.lastEventAt ? Math.round((at.getTime() - t.lastEventAt.getTime()) / 1000) : null,
  });
  t.lastEventAt = at;
}

/** The step entity to point a row at (a reference: the step is not loaded). */
export const stepRef = (tx: EntityManager, step: Pick<StepShape, 'id'>): HandlingStep =>
  tx.getReference(HandlingStep, step.id);

/** The next step in the version's order, skipping conditional steps (they are entered by referral). */
export function nextStep(steps: readonly StepShape[], current: StepShape): StepShape {
  const next = steps.find((s) => s.position > current.position && !s.conditional);
  if (!next) throw new Error(`No step after ${current.key}`);
  return next;
}

export const stepByKey = (steps: readonly StepShape[], key: string): StepShape => {
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

export interface ActContext {
  tx: EntityManager;
  t: Transaction;
  /** The step it is at, and all the steps of its policy version, in order (version-shape.ts). */
  step: StepShape;
  steps: readonly StepShape[];
  user: User;
  event: (kind: Kind, fields?: { note?: string | null; data?: unknown; step?: StepShape }) => void;
  /** Moves the transaction to `step`. */
  moveTo: (step: StepShape) => void;
}

/**
 * Runs one action on a transaction: loads it, checks the expected version (CONFLICT when stale),
 * the state and the user's roles (a refused transition changes nothing), applies `work`, writes
 * the timeline event and the audit row, all in one database transaction. The version column
 * makes two simultaneous changes end with exactly one winner.
 */
export async function act(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { id: number; expectedVersion: number },
  action: TransactionAction,
  work: (c: ActContext) => Promise<void> | void,
): Promise<TxResult> {
  try {
    return await inTransaction(em, async (tx) => {
      // The row alone: its steps come from the version's shape, read once per process.
      const t = await tx.findOne(Transaction, { id: input.id });
      if (!t) throw apiError('NOT_FOUND', 'No such transaction.');
      const { steps } = await versionShape(tx, t.policyVersion.id);
      if (t.version !== input.expectedVersion) throw conflict(t, steps);
      const rule = RULES[action];
      if (!user.hasAnyRole(rule.roles)) throw forbidden();
      const step = stepOf(steps, t.currentStep.id);
      if (!rule.when(t, step)) {
        reject(
          'TRANSITION_NOT_ALLOWED',
          `${action} is not possible while the transaction is ${t.status} at step ${step.position} (${step.key}).`,
        );
      }
      // The same check as availableActions: a role may take it, but not every user of it.
      if (!mayTake(action, t, user)) throw forbidden();
      const before = { status: t.status, step: step.key, outcome: t.outcome ?? null };
      const event: ActContext['event'] = (kind, fields = {}) =>
        addEvent(tx, t, user, kind, fields.step ?? step, fields);
      const moveTo = (to: StepShape) => (t.currentStep = stepRef(tx, to));
      await work({ tx, t, step, steps, user, event, moveTo });
      await tx.flush();
      recordAudit(tx, actor, {
        action: `transaction.${action.toLowerCase()}`,
        targetType: 'Transaction',
        targetId: t.id,
        before,
        after: {
          status: t.status,
          step: stepOf(steps, t.currentStep.id).key,
          outcome: t.outcome ?? null,
        },
      });
      return { transaction: t };
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) {
      const fork = em.fork();
      const fresh = await fork.findOne(Transaction, { id: input.id });
      throw conflict(fresh, fresh && (await versionShape(fork, fresh.policyVersion.id)).steps);
    }
    throw err;
  }
}

/** The CONFLICT error of a stale version, with where the transaction stands now. */
export function conflict(t: Transaction | null, steps: readonly StepShape[] | null) {
  return apiError(
    'CONFLICT',
    'Someone else changed this transaction first. Reload it and try again.',
    t && steps
      ? {
          currentVersion: t.version,
          status: t.status,
          currentStep: stepOf(steps, t.currentStep.id).key,
        }
      : {},
  );
}

export const needReason = (reason: string | null | undefined, field = 'reason') => {
  if (!reason || reason.trim().length < 3) reject('REASON_REQUIRED', 'Give a reason.', field);
};

export type Target = { id: number; expectedVersion: number };

/** The filters of `filter` that look a person up (their names only, never their values). */
const personLookupBy = (filter: TransactionFilter | null): string[] =>
  [filter?.search?.trim() ? 'search' : null, filter?.beneficiaryId ? 'beneficiaryId' : null].filter(
    (k): k is string => k !== null,
  );

/**
 * A page of the transactions list. Looking a person up (by national ID, mobile or name, or one
 * beneficiary's transactions) reads personal data even when no beneficiary field is asked for:
 * audited, without the term.
 */
export async function listTransactions(
  ctx: Context,
  user: User,
  filter: TransactionFilter | null,
  sort: TransactionSort | null,
  page: PageArgs,
): Promise<ConnectionShape<Transaction>> {
  const connection = await ctx.em.getRepository(Transaction).page(filter, sort, page, user);
  const lookup = personLookupBy(filter);
  if (lookup.length) {
    await recordPersonalDataSearch(ctx, {
      action: 'transaction.search',
      by: lookup,
      matches: connection.totalCount,
      beneficiaryIds: connection.edges.map((e) => e.node.beneficiary.id),
    });
  }
  return connection;
}

/** A survey link as issued: shown once, only its hash is stored. */
export interface IssuedLink {
  id: number;
  token: string;
  expiresAt: Date;
}

export type ClosingResult = Result<{
  transaction: Transaction;
  surveyInvitation: IssuedLink | null;
}>;

/**
 * What a closing action issues besides the close: the satisfaction module's survey link, when
 * the transaction ended in a way the beneficiary is asked to rate (null otherwise, or when
 * issuing failed). Satisfaction registers it (`onTransactionClosed`, in its index.ts), so that
 * transactions need not import satisfaction, which depends on transactions.
 */
export type ClosingHook = (
  em: EntityManager,
  actor: Actor,
  user: User,
  transaction: Transaction,
  surveyValidDays: number,
) => Promise<IssuedLink | null>;

let closingHook: ClosingHook | null = null;

/** Registers what a closing action issues (the satisfaction module does, once). */
export function onTransactionClosed(hook: ClosingHook): void {
  closingHook = hook;
}

/**
 * A closing action's result, with a survey link issued when the transaction ended in a way the
 * beneficiary is asked to rate. The link is shown once; if issuing fails, the close stands and
 * an officer can issue one from the transaction page.
 */
export async function withSurveyLink(
  em: EntityManager,
  actor: Actor,
  user: User,
  surveyValidDays: number,
  r: TxResult,
): Promise<ClosingResult> {
  if (!r.ok) return r;
  if (!closingHook) throw new Error('No closing hook: the satisfaction module registers it.');
  const surveyInvitation = await closingHook(em, actor, user, r.transaction, surveyValidDays);
  return { ...r, surveyInvitation };
}

/** Active users holding `role`, to assign or refer to (at most 200, by name). */
export async function assignableUsers(em: EntityManager, role: Role): Promise<User[]> {
  const users = await em.find(
    User,
    { active: true, rolesText: { $like: `%${role}%` } },
    { orderBy: { displayName: 'asc' }, limit: 200 },
  );
  // rolesText holds every role's name: the LIKE narrows, this keeps exact holders only.
  return users.filter((u) => u.roles.includes(role));
}
