import { LockMode, OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError, forbidden } from '../common/errors.js';
import { inTransaction, reject, userError, type UserError } from '../common/payload.js';
import { Role } from '../common/role.js';
import { User } from '../accounts/user.entity.js';
import { versionShape } from '../policy/version-shape.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import { TransactionEventKind as Kind, TransactionStatus as Status } from './transaction.enums.js';
import { assignableUsers, conflict, stepRef, type TxResult } from './transaction.service.js';

/**
 * Who works a transaction (its assignee), and handing it to someone else: one transaction from
 * its page, or up to 100 from the list in one database transaction.
 *
 * The rule, as a helpdesk has it: a manager assigns any transaction that is not closed to
 * anyone who may work it; a relations officer (or, while it is referred, a social-research
 * officer) may take an unassigned one or hand their own to a colleague, not take a colleague's.
 * Committee members decide as a body and are never assignees; analysts never see transactions.
 */

/** The most transactions one bulk assignment takes. */
export const BULK_ASSIGN_LIMIT = 100;

/**
 * The role that works `t` now, whose active holders it may be assigned to: the social-research
 * officer while it is referred (step 3), a relations officer otherwise (also while the
 * committee has it: the officer follows it up and delivers).
 */
export const assigneeRoleOf = (t: Pick<Transaction, 'status'>): Role =>
  t.status === Status.REFERRED ? Role.RESEARCHER : Role.STAFF;

/** Whether `user` may assign `t` to someone (see the rule above). */
export function mayAssign(t: Pick<Transaction, 'status' | 'assignee'>, user: User): boolean {
  if (t.status === Status.CLOSED) return false;
  if (user.hasAnyRole([Role.MANAGER])) return true;
  if (!user.hasAnyRole([assigneeRoleOf(t)])) return false;
  return !t.assignee || t.assignee.id === user.id;
}

/**
 * Each role's candidates, read once per request: the entity manager is forked per request
 * (context.ts), so a list asking `assignmentCandidates` on every row costs one query per role
 * (at most two), not one per row.
 */
const candidatesOfRequest = new WeakMap<EntityManager, Map<Role, Promise<User[]>>>();

/** Who `t` may be assigned to now (active holders of its role, by name), for `user`. */
export async function assignmentCandidates(
  em: EntityManager,
  t: Transaction,
  user: User,
): Promise<User[]> {
  if (!mayAssign(t, user)) return [];
  const role = assigneeRoleOf(t);
  let byRole = candidatesOfRequest.get(em);
  if (!byRole) candidatesOfRequest.set(em, (byRole = new Map()));
  let users = byRole.get(role);
  if (!users) byRole.set(role, (users = assignableUsers(em, role)));
  return users;
}

const invalidAssignee = () =>
  userError(
    'INVALID_ASSIGNEE',
    'Choose an active user who works transactions at this stage.',
    'assigneeId',
  );

/** Why `t` may not go to `assignee`, or null when it may. */
function assigneeProblem(t: Transaction, assignee: User): UserError | null {
  if (!assignee.active || !assignee.hasAnyRole([assigneeRoleOf(t)])) return invalidAssignee();
  return null;
}

/**
 * Points `t` at `assignee` and writes its timeline event (who, from, to, why) and audit row.
 * The event is not a step of the work: it has no gap and leaves `lastEventAt` alone, so the
 * days-per-step figures (which sum the gaps of the events that end a stay) never see it.
 */
function reassign(
  tx: EntityManager,
  actor: Actor,
  user: User,
  t: Transaction,
  assignee: User,
  reason: string | null,
): void {
  const from = t.assignee ?? null;
  tx.create(TransactionEvent, {
    transaction: t,
    kind: Kind.ASSIGNED,
    step: stepRef(tx, { id: t.currentStep.id }),
    actor: user,
    actorName: user.username,
    at: new Date(),
    note: reason,
    data: JSON.stringify({
      assignedFrom: from?.username ?? null,
      assignedFromName: from?.displayName ?? null,
      assignedTo: assignee.username,
      assignedToName: assignee.displayName,
    }),
    gapSeconds: null,
  });
  t.assignee = assignee;
  recordAudit(tx, actor, {
    action: 'transaction.assign',
    targetType: 'Transaction',
    targetId: t.id,
    before: { assignee: from?.username ?? null },
    after: { assignee: assignee.username, reason },
  });
}

const reasonOf = (reason: string | null | undefined) => reason?.trim() || null;

/** Loads the assignee (any state: whether they may be chosen is checked per transaction). */
const loadAssignee = (tx: EntityManager, id: number) => tx.findOne(User, { id });

/**
 * Assigns one transaction. NOT_FOUND or FORBIDDEN (see `mayAssign`) as errors of the request;
 * a closed transaction, an unusable assignee or the present one as `errors`; with
 * `expectedVersion`, a stale one is a CONFLICT. The version column makes a change someone else
 * saves meanwhile a CONFLICT too.
 */
export async function assignTransaction(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    transactionId: number;
    assigneeId: number;
    reason?: string | null;
    expectedVersion?: number | null;
  },
): Promise<TxResult> {
  try {
    return await inTransaction(em, async (tx) => {
      const t = await tx.findOne(
        Transaction,
        { id: input.transactionId },
        { populate: ['assignee'] },
      );
      if (!t) throw apiError('NOT_FOUND', 'No such transaction.');
      if (input.expectedVersion != null && t.version !== input.expectedVersion) {
        throw conflict(t, (await versionShape(tx, t.policyVersion.id)).steps);
      }
      if (t.status === Status.CLOSED) {
        reject('TRANSACTION_CLOSED', 'A closed transaction is not reassigned.', 'transactionId');
      }
      if (!mayAssign(t, user)) throw forbidden();
      const assignee = await loadAssignee(tx, input.assigneeId);
      const problem = assignee ? assigneeProblem(t, assignee) : invalidAssignee();
      if (problem) reject(problem.code, problem.message, problem.field ?? undefined);
      if (t.assignee?.id === assignee!.id) {
        reject('ALREADY_ASSIGNED', 'It is already assigned to this user.', 'assigneeId');
      }
      reassign(tx, actor, user, t, assignee!, reasonOf(input.reason));
      await tx.flush();
      return { transaction: t };
    });
  } catch (err) {
    if (!(err instanceof OptimisticLockError)) throw err;
    const fork = em.fork();
    const fresh = await fork.findOne(Transaction, { id: input.transactionId });
    throw conflict(fresh, fresh && (await versionShape(fork, fresh.policyVersion.id)).steps);
  }
}

/** One transaction a bulk assignment could not take, and why. */
export interface AssignFailure {
  transactionId: string;
  reference: string | null;
  code: string;
  message: string;
}

export type BulkAssignResult =
  | { ok: true; transactions: Transaction[] }
  | { ok: false; errors: UserError[]; failures: AssignFailure[] };

/**
 * Assigns up to 100 transactions to one user in one database transaction: all of them, or
 * none (then `failures` says which could not be and why, and `errors` what was wrong with the
 * request). Those already with the assignee are left as they are. Each row is updated at the
 * version it was read at: if someone changes one meanwhile, nothing is saved (CONFLICT).
 */
export async function assignTransactions(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { transactionIds: number[]; assigneeId: number; reason?: string | null },
): Promise<BulkAssignResult> {
  const ids = [...new Set(input.transactionIds)];
  if (ids.length === 0 || ids.length > BULK_ASSIGN_LIMIT) {
    const message = `Choose between 1 and ${BULK_ASSIGN_LIMIT} transactions.`;
    return { ok: false, errors: [userError('TOO_MANY', message, 'transactionIds')], failures: [] };
  }
  const reason = reasonOf(input.reason);
  try {
    return await em.transactional(async (tx) => {
      // MikroORM checks a batch's versions with a select before its update, which two
      // assignments at once can both pass: on PostgreSQL the rows are locked as they are read
      // (in id order, so two bulk assignments never deadlock), and the second one reads what the
      // first saved. SQLite runs one write transaction at a time.
      const found = await tx.find(
        Transaction,
        { id: { $in: ids } },
        {
          orderBy: { id: 'asc' },
          ...(tx.getDriver() instanceof PostgreSqlDriver
            ? { lockMode: LockMode.PESSIMISTIC_WRITE }
            : {}),
        },
      );
      await tx.populate(found, ['assignee']);
      const byId = new Map(found.map((t) => [t.id, t]));
      const assignee = await loadAssignee(tx, input.assigneeId);
      const failures: AssignFailure[] = [];
      const fail = (id: number, t: Transaction | undefined, code: string, message: string) =>
        failures.push({
          transactionId: String(id),
          reference: t?.reference ?? null,
          code,
          message,
        });
      const errors: UserError[] = assignee ? [] : [invalidAssignee()];
      for (const id of ids) {
        const t = byId.get(id);
        if (!t) fail(id, t, 'NOT_FOUND', 'No such transaction.');
        else if (t.status === Status.CLOSED) {
          fail(id, t, 'TRANSACTION_CLOSED', 'A closed transaction is not reassigned.');
        } else if (!mayAssign(t, user)) fail(id, t, 'FORBIDDEN', 'Your roles do not allow this.');
        else if (assignee) {
          const problem = assigneeProblem(t, assignee);
          if (problem) fail(id, t, problem.code, problem.message);
        }
      }
      if (errors.length || failures.length) return { ok: false as const, errors, failures };
      const transactions = ids.map((id) => byId.get(id)!);
      for (const t of transactions) {
        if (t.assignee?.id !== assignee!.id) reassign(tx, actor, user, t, assignee!, reason);
      }
      await tx.flush();
      return { ok: true as const, transactions };
    });
  } catch (err) {
    if (!(err instanceof OptimisticLockError)) throw err;
    const message = 'Someone else changed one of these transactions first. Reload and try again.';
    return { ok: false, errors: [userError('CONFLICT', message, 'transactionIds')], failures: [] };
  }
}
