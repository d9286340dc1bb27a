import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Authenticated } from '../accounts/auth.service.js';
import { ProtectionError } from './errors.js';
import { RATE_LIMIT_WINDOW_SECONDS } from './limits.js';

export interface RateLimitSettings {
  /** Operations per window for each signed-in user: their sessions and API tokens together. */
  perUser: number;
  /** Operations per window for each client address without a (valid) session or token. */
  anonymous: number;
}

/**
 * Who a request counts against: the signed-in user (all their sessions and API tokens together,
 * so that minting more tokens buys no more requests), else the client address (`trust proxy`
 * decides which address that is).
 */
export function callerKey(auth: Authenticated | null, ip: string | null): string {
  if (auth) return `user:${auth.user.id}`;
  return `ip:${ip ?? 'unknown'}`;
}

/**
 * How many operations a body asks for: one, or each element of a batch (an array). A batch is
 * refused (limits.ts, ALLOW_BATCHED_REQUESTS) but still counts in full, so sending arrays
 * cannot be used to probe for free.
 */
export function operationCount(body: unknown): number {
  return Array.isArray(body) ? Math.max(1, body.length) : 1;
}

/** The table the PostgreSQL counters live in (created by a migration). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Where the counters are kept when several instances share one PostgreSQL database: a knex
 * connection pool (looked up at each use: the ORM may reconnect and replace it).
 */
export interface SharedRateLimitStore {
  pool(): {
    acquireConnection(): Promise<unknown>;
    releaseConnection(connection: unknown): Promise<unknown> | unknown;
  };
}

/**
 * A fixed window per caller (rate-limiter-flexible). On SQLite (one instance) the counters live
 * in this process's memory. On PostgreSQL they live in the database (`rate_limit`, one atomic
 * upsert per request), so every instance behind a proxy counts against the same limit instead
 * of each allowing the whole of it; should the database not answer, each process falls back to
 * counting in its own memory rather than refusing everyone.
 */
export class RequestRateLimiter {
  private readonly signedIn: RateLimiterAbstract;
  private readonly anonymous: RateLimiterAbstract;

  constructor(
    readonly settings: RateLimitSettings,
    /** Told of each refusal (the rate-limit metric, operations/metrics.ts). */
    private readonly onRefused: (anonymous: boolean) => void = () => {},
    shared?: SharedRateLimitStore,
  ) {
    const duration = RATE_LIMIT_WINDOW_SECONDS;
    const limiter = (points: number, keyPrefix: string): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ points, duration, keyPrefix });
      if (!shared) return memory;
      // rate-limiter-flexible's knex adapter calls `client.client.acquireConnection()`.
      const knexLike = {
        client: {
          acquireConnection: () => shared.pool().acquireConnection(),
          releaseConnection: (c: unknown) => shared.pool().releaseConnection(c),
        },
      };
      return new RateLimiterPostgres({
        storeClient: knexLike,
        storeType: 'knex',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        points,
        duration,
        keyPrefix,
        insuranceLimiter: memory,
      });
    };
    this.signedIn = limiter(settings.perUser, 'user');
    this.anonymous = limiter(settings.anonymous, 'anonymous');
  }

  /**
   * Counts `operations` against the caller; over the limit it throws `RATE_LIMITED` with HTTP 429
   * and `Retry-After`. Thrown from the GraphQL context function, so nothing is parsed or run.
   */
  async consume(key: string, operations = 1): Promise<void> {
    const limiter = key.startsWith('ip:') ? this.anonymous : this.signedIn;
    try {
      await limiter.consume(key, operations);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const limit = key.startsWith('ip:') ? this.settings.anonymous : this.settings.perUser;
      this.onRefused(key.startsWith('ip:'));
      throw new ProtectionError(
        'RATE_LIMITED',
        `Too many requests: at most ${limit} operations every ${RATE_LIMIT_WINDOW_SECONDS} seconds. Try again in ${retryAfterSeconds} s.`,
        { retryAfterSeconds, limit, windowSeconds: RATE_LIMIT_WINDOW_SECONDS },
        { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      );
    }
  }
}
