import { AsyncLocalStorage } from 'node:async_hooks';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { EventSubscriber, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { ProtectionError } from './errors.js';

/**
 * What one GraphQL operation has used so far, shared by all its root fields (aliases included)
 * and reachable from anything they call (an AsyncLocalStorage): the Markdown it has rendered
 * (library/markdown.ts bounds it), and for a mutation the time its changes have taken.
 */
export interface OperationScope {
  readonly kind: 'query' | 'mutation';
  /** `performance.now()` when the operation's first root field started. */
  readonly startedAt: number;
  /** Mutations: milliseconds after which an open transaction is rolled back. */
  readonly budgetMs: number | null;
  /** Characters of Markdown rendered so far. */
  markdownChars: number;
  /** Transactions begun and not yet committed or rolled back. */
  openTransactions: number;
  /** A statement or commit was refused for the budget (the ORM may rewrap that error). */
  budgetExceeded: boolean;
}

const scopes = new AsyncLocalStorage<OperationScope>();
const byContext = new WeakMap<object, OperationScope>();

/** The scope of the operation whose code is running, if any (none in the CLI or seeders). */
export function currentOperation(): OperationScope | undefined {
  return scopes.getStore();
}

const expired = (scope: OperationScope) =>
  scope.budgetMs !== null && performance.now() - scope.startedAt >= scope.budgetMs;

/** Milliseconds a mutation has left (at least 1). */
const timeLeft = (scope: OperationScope) =>
  Math.max(1, Math.ceil(scope.budgetMs! - (performance.now() - scope.startedAt)));

/**
 * The clients of knex transactions whose BEGIN already set the mutation's statement timeout (a
 * transaction's client is the `client` of the transaction object MikroORM's events receive).
 */
const budgetSet = new WeakSet<object>();
const BEGIN_WRAPPED = Symbol('masar.beginWrapped');

interface KnexTransaction {
  isolationLevel?: string;
  readOnly?: boolean;
  trxClient: object;
  begin(conn: unknown): Promise<unknown>;
  query(conn: unknown, sql: string): Promise<unknown>;
}

/**
 * PostgreSQL: a mutation's transaction begins with its statement timeout in the same round trip,
 * `BEGIN; SET LOCAL statement_timeout = <time left>` (one simple query), instead of a BEGIN and
 * then a SET LOCAL: each round trip to the database costs the app as much CPU as a small
 * statement (README, "Writes"). knex has no hook for the statement that begins a transaction, so
 * the `transaction()` of its PostgreSQL client class is wrapped, once per process (the class
 * outlives the reconnect of applyStatementTimeout). A transaction with an isolation level or read
 * only keeps knex's own BEGIN; `afterTransactionStart` then sets the timeout as a statement.
 */
function beginWithBudget(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as { getKnex(): { client: object } };
  const proto = Object.getPrototypeOf(connection.getKnex().client) as Record<symbol, unknown> & {
    transaction: (...args: unknown[]) => KnexTransaction;
  };
  if (proto[BEGIN_WRAPPED]) return;
  proto[BEGIN_WRAPPED] = true;
  const create = proto.transaction;
  proto.transaction = function (this: unknown, ...args: unknown[]) {
    const trx = create.apply(this, args);
    const scope = scopes.getStore();
    if (!scope || scope.budgetMs === null || trx.isolationLevel || trx.readOnly) return trx;
    trx.begin = function (this: KnexTransaction, conn: unknown) {
      budgetSet.add(this.trxClient);
      return this.query(conn, `BEGIN; SET LOCAL statement_timeout = ${timeLeft(scope)};`);
    };
    return trx;
  };
}

/** A statement or commit refused because the mutation is past its budget. */
class MutationBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`The mutation ran past its budget of ${budgetMs} ms.`);
  }
}

/** PostgreSQL cancelled a statement at `statement_timeout` (SQLSTATE 57014). */
const isStatementTimeout = (error: unknown) => {
  const e = error as { code?: unknown; sqlState?: unknown; message?: unknown } | null;
  return (
    e?.code === '57014' ||
    e?.sqlState === '57014' ||
    (typeof e?.message === 'string' && e.message.includes('statement timeout'))
  );
};

/** What the client gets for a mutation stopped by its budget: nothing of it was kept. */
function mutationTimeout(budgetMs: number) {
  return new ProtectionError(
    'TIMEOUT',
    `The change ran longer than ${budgetMs} ms and was rolled back: nothing was saved.`,
    { timeoutMs: budgetMs, rolledBack: true },
  );
}

/**
 * Runs every root field (of Query and Mutation) inside its operation's scope. A mutation that
 * failed because its budget ran out answers `TIMEOUT` (its transaction was rolled back).
 */
function wrapRootFields(type: GraphQLObjectType | null | undefined, budgetMs: () => number) {
  if (!type) return;
  const kind = type.name === 'Mutation' ? 'mutation' : 'query';
  for (const field of Object.values(type.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      if (!context || typeof context !== 'object') return resolve(source, args, context, info);
      let scope = byContext.get(context);
      if (!scope) {
        scope = {
          kind,
          startedAt: performance.now(),
          budgetMs: kind === 'mutation' ? budgetMs() : null,
          markdownChars: 0,
          openTransactions: 0,
          budgetExceeded: false,
        };
        byContext.set(context, scope);
      }
      const current = scope;
      if (kind === 'query') return scopes.run(current, () => resolve(source, args, context, info));
      return scopes.run(current, async () => {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          if (
            current.budgetMs !== null &&
            // A statement_timeout inside a mutation is the budget's: the server-wide one
            // (MASAR_STATEMENT_TIMEOUT_MS) is replaced by the time left in its transactions.
            (current.budgetExceeded || isStatementTimeout(error))
          ) {
            throw mutationTimeout(current.budgetMs);
          }
          throw error;
        }
      });
    };
  }
}

/**
 * Mutations get a time budget (MASAR_MUTATION_BUDGET_MS), counted from the start of the
 * operation: a transaction of a mutation still open when it has passed is rolled back, and the
 * mutation answers `TIMEOUT`, rather than holding the write lock on. It is enforced where every
 * transaction passes, MikroORM's own transaction events and statement hook, so no service has to
 * remember it:
 * - PostgreSQL: the transaction starts with `SET LOCAL statement_timeout` at the time left (in
 *   the BEGIN's round trip: beginWithBudget), so the server cancels a statement (a lock wait
 *   included) at the budget;
 * - both engines: the clock is read before every statement of an open transaction and before
 *   its commit; past the budget the statement is refused and the transaction rolls back.
 * A transaction that has committed stays committed: the check is never made after a commit.
 * Queries, the CLI and seeders are not touched (no operation scope).
 */
export function installOperationScopes(
  schema: GraphQLSchema,
  orm: MikroORM,
  engine: DatabaseEngine,
  budgetMs: () => number,
): void {
  wrapRootFields(schema.getQueryType(), budgetMs);
  wrapRootFields(schema.getMutationType(), budgetMs);
  if (engine === 'postgresql') beginWithBudget(orm);

  const refuseIfOver = () => {
    const scope = scopes.getStore();
    if (scope && scope.openTransactions > 0 && expired(scope)) {
      scope.budgetExceeded = true;
      throw new MutationBudgetExceeded(scope.budgetMs!);
    }
  };
  const previous = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql: string, params: unknown[]) => {
    refuseIfOver();
    return previous(sql, params);
  });

  const budget: EventSubscriber = {
    async afterTransactionStart({ em, transaction }: TransactionEventArgs) {
      const scope = scopes.getStore();
      if (!scope || scope.budgetMs === null) return;
      const client = (transaction as { client?: object } | undefined)?.client;
      if (engine === 'postgresql' && !(client && budgetSet.has(client))) {
        // Never throws here: the transaction has begun, and only its own error path (the next
        // statement, or the commit, refused) ends it.
        try {
          await em
            .getConnection()
            .execute(`set local statement_timeout = ${timeLeft(scope)}`, [], 'run', transaction);
        } catch {
          // The transaction is then aborted: its next statement fails and it rolls back.
        }
      }
      scope.openTransactions++;
    },
    async beforeTransactionCommit() {
      refuseIfOver();
    },
    async afterTransactionCommit() {
      const scope = scopes.getStore();
      if (scope && scope.budgetMs !== null) scope.openTransactions--;
    },
    async afterTransactionRollback() {
      const scope = scopes.getStore();
      if (scope && scope.budgetMs !== null) scope.openTransactions--;
    },
  };
  orm.em.getEventManager().registerSubscriber(budget);
}
