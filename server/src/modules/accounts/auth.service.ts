import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { apiError } from '../common/errors.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { ApiToken } from './api-token.entity.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';
import { User } from './user.entity.js';
import { randomToken, sha256, verifyPassword } from './secrets.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export interface Authenticated {
  user: User;
  kind: 'session' | 'token';
  /** Session or token id. */
  id: number;
}

/** Failed sign-ins before a response is slowed, before a lock, and the lock's length. */
export const THROTTLE = {
  slowAfter: 3,
  accountLockAfter: 5,
  addressLockAfter: 20,
  lockMinutes: 15,
  windowMinutes: 15,
  maxDelayMs: 2000,
} as const;

const TOUCH_EVERY_MS = 60_000;

/** A request's credentials: `Authorization: Bearer <API token>`, or the session cookie. */
export function requestCredentials(headers: IncomingHttpHeaders): {
  bearerToken?: string;
  sessionToken?: string;
} {
  const authorization = headers.authorization;
  return {
    bearerToken: authorization?.startsWith('Bearer ')
      ? authorization.slice('Bearer '.length).trim()
      : undefined,
    sessionToken: readCookie(headers.cookie, SESSION_COOKIE),
  };
}

/** Finds who a request speaks for: a session cookie's token or a bearer token. */
export async function authenticate(
  em: EntityManager,
  credentials: { sessionToken?: string; bearerToken?: string },
  settings: SessionSettings,
  now = new Date(),
): Promise<Authenticated | null> {
  if (credentials.bearerToken) {
    const token = await em.findOne(
      ApiToken,
      { tokenHash: sha256(credentials.bearerToken) },
      { populate: ['user'] },
    );
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
    if (!token.user.active) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    return { user: token.user, kind: 'token', id: token.id };
  }
  if (credentials.sessionToken) {
    const session = await em.findOne(
      Session,
      { tokenHash: sha256(credentials.sessionToken) },
      { populate: ['user'] },
    );
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > settings.idleMinutes * 60_000) return null;
    if (!session.user.active) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    return { user: session.user, kind: 'session', id: session.id };
  }
  return null;
}

async function throttleState(em: EntityManager, key: string, now: Date) {
  const row = await em.findOne(SignInThrottle, { key });
  if (!row) return { failures: 0, lockedUntil: null as Date | null };
  const stale = now.getTime() - row.lastFailureAt.getTime() > THROTTLE.windowMinutes * 60_000;
  const locked = row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
  return { failures: stale && !locked ? 0 : row.failures, lockedUntil: locked };
}

async function recordFailure(em: EntityManager, key: string, lockAfter: number, now: Date) {
  const state = await throttleState(em, key, now);
  const failures = state.failures + 1;
  const lockedUntil =
    failures >= lockAfter ? new Date(now.getTime() + THROTTLE.lockMinutes * 60_000) : null;
  await em.upsert(SignInThrottle, { key, failures, lastFailureAt: now, lockedUntil });
  return failures;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SignInResult {
  user: User;
  sessionToken: string;
  expiresAt: Date;
}

/**
 * Checks a username (or e-mail) and password. Failures are counted per account and per
 * address: after a few the answer is slowed, after more the account or address is locked.
 */
export async function signIn(
  em: EntityManager,
  input: { login: string; password: string },
  request: { ip: string | null; userAgent: string | null; requestId: string },
  settings: SessionSettings,
): Promise<SignInResult> {
  const now = new Date();
  const login = input.login.trim().toLowerCase();
  const accountKey = `user:${login}`.slice(0, 160);
  const addressKey = `ip:${request.ip ?? 'unknown'}`;

  for (const key of [accountKey, addressKey]) {
    const state = await throttleState(em, key, now);
    if (state.lockedUntil) {
      const retryAfterSeconds = Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
      throw apiError(
        'LIMIT_EXCEEDED',
        `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        { retryAfterSeconds, reason: 'SIGN_IN_LOCKED' },
      );
    }
  }

  const user = await em.findOne(User, login.includes('@') ? { email: login } : { username: login });
  const ok = user ? await verifyPassword(input.password, user.passwordHash) : false;
  if (!user || !ok || !user.active) {
    const accountFailures = await recordFailure(em, accountKey, THROTTLE.accountLockAfter, now);
    await recordFailure(em, addressKey, THROTTLE.addressLockAfter, now);
    if (accountFailures > THROTTLE.slowAfter) {
      await sleep(Math.min(THROTTLE.maxDelayMs, (accountFailures - THROTTLE.slowAfter) * 500));
    }
    if (user && ok && !user.active) {
      throw apiError('UNAUTHENTICATED', 'This account is deactivated.', { reason: 'INACTIVE' });
    }
    throw apiError('UNAUTHENTICATED', 'Wrong username or password.', {
      reason: 'INVALID_CREDENTIALS',
    });
  }

  const sessionToken = randomToken();
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 3_600_000);
  await em.transactional(async (tx) => {
    await tx.nativeDelete(SignInThrottle, { key: accountKey });
    const session = tx.create(Session, {
      tokenHash: sha256(sessionToken),
      user,
      lastSeenAt: now,
      expiresAt,
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, 256) ?? null,
    });
    user.lastSignInAt = now;
    await tx.flush();
    const actor: Actor = { userId: user.id, username: user.username, ...request };
    recordAudit(tx, actor, {
      action: 'session.create',
      targetType: 'Session',
      targetId: session.id,
    });
  });
  return { user, sessionToken, expiresAt };
}

export async function signOut(em: EntityManager, sessionId: number, actor: Actor): Promise<void> {
  await em.transactional(async (tx) => {
    const session = await tx.findOneOrFail(Session, { id: sessionId });
    session.revokedAt = new Date();
    recordAudit(tx, actor, {
      action: 'session.revoke',
      targetType: 'Session',
      targetId: sessionId,
    });
  });
}
