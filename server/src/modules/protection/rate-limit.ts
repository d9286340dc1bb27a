import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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

/**
 * A fixed window per caller, kept in this process's memory (rate-limiter-flexible's
 * RateLimiterMemory, which forgets a caller when their window ends). Behind several replicas
 * each counts on its own: the effective limit is the setting times the number of replicas.
 */
export class RequestRateLimiter {
  private readonly signedIn: RateLimiterMemory;
  private readonly anonymous: RateLimiterMemory;

  constructor(
    readonly settings: RateLimitSettings,
    /** Told of each refusal (the rate-limit metric, operations/metrics.ts). */
    private readonly onRefused: (anonymous: boolean) => void = () => {},
  ) {
    const duration = RATE_LIMIT_WINDOW_SECONDS;
    this.signedIn = new RateLimiterMemory({ points: settings.perUser, duration });
    this.anonymous = new RateLimiterMemory({ points: settings.anonymous, duration });
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
