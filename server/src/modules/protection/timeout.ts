import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { ProtectionError } from './errors.js';
import type { EntityManager } from '@mikro-orm/core';
import { runWithReadBudget, setReadBudget, type ReadBudget } from '../../db/read-pool.js';

/**
 * The time left to one query's execution. It is also the budget of the heavy reads the query
 * starts (db/read-pool.ts): at the deadline they are stopped in the database.
 */
class Deadline implements ReadBudget {
  private readonly at: number;
  private timedOut = false;
  /** Rejects with the TIMEOUT error when the time is up; never resolves. */
  readonly passed: Promise<never>;
  private readonly timer: NodeJS.Timeout;
  private checks = 0;
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  constructor(readonly ms: number) {
    this.at = performance.now() + ms;
    let reject!: (error: Error) => void;
    this.passed = new Promise<never>((_, r) => (reject = r));
    // Nothing may be waiting on it when the time comes: that is not an unhandled rejection.
    this.passed.catch(() => undefined);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      reject(this.error());
      this.controller.abort();
    }, ms);
    this.timer.unref();
  }

  msLeft(): number {
    return this.at - performance.now();
  }

  /**
   * Whether the time is up. The clock is read too, at every 16th field (reading it at each of
   * a large answer's fields costs): a statement on the ORM's own SQLite connection can run
   * without giving the timer a turn.
   */
  get expired(): boolean {
    if (!this.timedOut && (++this.checks & 15) === 0) return this.expiredNow();
    return this.timedOut;
  }

  /** Whether the time is up, reading the clock. */
  expiredNow(): boolean {
    if (!this.timedOut && performance.now() >= this.at) this.timedOut = true;
    return this.timedOut;
  }

  error(): ProtectionError {
    return new ProtectionError(
      'TIMEOUT',
      `The query ran longer than ${this.ms} ms and was stopped.`,
      { timeoutMs: this.ms },
    );
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}

/** The deadline of the query running with this context object, if any. */
const deadlines = new WeakMap<object, Deadline>();

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Makes every resolver of the schema honour the deadline of the query it runs for: a field
 * that starts after the deadline fails at once with `TIMEOUT`, and a field still waiting (on the
 * database) when it passes gives `TIMEOUT` then, so the answer leaves on time and nothing more
 * is started.
 *
 * The deadline is also the read budget of the request's entity manager (`deadlinePlugin`): the
 * heavy reads made with it through the read pool (db/read-pool.ts) run off the event loop and are stopped in the database at the
 * deadline (SQLite: the read process is killed; PostgreSQL: the statement is cancelled). What
 * it cannot stop: a statement run on the ORM's own connection, which on SQLite blocks the event
 * loop until it ends (the query then stops at the next field), and on PostgreSQL goes on until
 * it ends or `statement_timeout` cancels it (app.ts sets it).
 *
 * graphql-js has no cancellation, and neither graphql-armor nor Apollo offer a timeout: hence
 * this wrapper (Apollo's `willResolveField` can observe a field but not replace its result).
 */
export function applyDeadlines(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const deadline = deadlines.get(context);
        if (!deadline) return resolve(source, args, context, info);
        if (deadline.expired) throw deadline.error();
        const result = resolve(source, args, context, info);
        return isPromise(result) ? Promise.race([result, deadline.passed]) : result;
      };
    }
  }
}

/**
 * Starts each query's deadline when its execution starts. Mutations get none: answering
 * TIMEOUT while the change goes on to commit would invite a retry that does it twice; they are
 * bounded by PostgreSQL's `statement_timeout`, which rolls their transaction back.
 * One query stopped in several places gives one TIMEOUT error, not one per field.
 */
export function deadlinePlugin(timeoutMs: number): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let deadline: Deadline | undefined;
      return {
        async executionDidStart({ operation, contextValue }) {
          // No operation when `operationName` names none in the document (graphql-js then answers).
          if (operation?.operation !== 'query') return;
          deadline = new Deadline(timeoutMs);
          deadlines.set(contextValue, deadline);
          // The heavy reads made with the request's entity manager get the deadline too.
          const em = (contextValue as { em?: EntityManager }).em;
          if (em) setReadBudget(em, deadline);
          return {
            async executionDidEnd() {
              deadline?.cancel();
              deadlines.delete(contextValue);
              if (em) setReadBudget(em, undefined);
            },
          };
        },
        async willSendResponse({ response }) {
          if (!deadline?.expiredNow() || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          let kept = false;
          result.errors = result.errors?.filter((e) => {
            if (e.extensions?.code !== 'TIMEOUT') return true;
            if (kept) return false;
            kept = true;
            return true;
          });
        },
      };
    },
  };
}

/**
 * Runs `fn` (a REST route's work) under a deadline of `ms`: the heavy reads it starts through
 * the read pool are stopped at the deadline and fail with the TIMEOUT error.
 */
export async function withReadDeadline<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const deadline = new Deadline(ms);
  try {
    return await runWithReadBudget(deadline, fn);
  } finally {
    deadline.cancel();
  }
}

/**
 * PostgreSQL: gives the server's connections a `statement_timeout`, so a statement running
 * past it is cancelled by the database (its transaction rolls back). Applied by reconnecting
 * once after the migrations ran, which keep no limit. SQLite has no such setting.
 */
export async function applyStatementTimeout(orm: MikroORM, ms: number): Promise<void> {
  const current = orm.config.get('driverOptions') as { connection?: object } | undefined;
  await orm.reconnect({
    driverOptions: {
      ...current,
      connection: { ...current?.connection, statement_timeout: Math.round(ms) },
    },
  });
}
