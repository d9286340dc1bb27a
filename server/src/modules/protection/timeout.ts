import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { ProtectionError } from './errors.js';

/** The time left to one query's execution. */
class Deadline {
  private readonly at: number;
  private timedOut = false;
  /** Rejects with the TIMEOUT error when the time is up; never resolves. */
  readonly passed: Promise<never>;
  private readonly timer: NodeJS.Timeout;

  constructor(readonly ms: number) {
    this.at = performance.now() + ms;
    let reject!: (error: Error) => void;
    this.passed = new Promise<never>((_, r) => (reject = r));
    // Nothing may be waiting on it when the time comes: that is not an unhandled rejection.
    this.passed.catch(() => undefined);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      reject(this.error());
    }, ms);
    this.timer.unref();
  }

  /**
   * Whether the time is up. The clock is read too: with better-sqlite3 a whole query can run
   * without giving the timer a turn.
   */
  get expired(): boolean {
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
 * What it cannot do: stop work already running. A PostgreSQL statement goes on until it ends or
 * `statement_timeout` cancels it (app.ts sets it). better-sqlite3 runs each statement
 * synchronously, on the event loop: no timer fires during a slow SQLite statement, so the
 * query stops at the first field after that statement, not at the deadline itself.
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
          return {
            async executionDidEnd() {
              deadline?.cancel();
              deadlines.delete(contextValue);
            },
          };
        },
        async willSendResponse({ response }) {
          if (!deadline?.expired || response.body.kind !== 'single') return;
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
