import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { apiError } from '../common/errors.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { ApiToken } from './api-token.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { randomToken, sha256 } from './secrets.js';
import { guardedPasswordCheck } from './sign-in-guard.js';
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

export { THROTTLE } from './sign-in-guard.js';

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

export interface SignInResult {
  user: User;
  sessionToken: string;
  expiresAt: Date;
}

/**
 * Checks a username (or e-mail) and password, under the guessing limits of sign-in-guard.ts
 * (counted per account once resolved, per (account, address) and per address).
 */
export async function signIn(
  em: EntityManager,
  input: { login: string; password: string },
  request: { ip: string | null; userAgent: string | null; requestId: string },
  settings: SessionSettings,
): Promise<SignInResult> {
  const login = input.login.trim().toLowerCase();
  const user = await em.findOne(User, login.includes('@') ? { email: login } : { username: login });
  const ok = await guardedPasswordCheck(em, {
    user,
    login,
    password: input.password,
    ip: request.ip,
    requestId: request.requestId,
    via: 'signIn',
  });
  if (!user || !ok) {
    throw apiError('UNAUTHENTICATED', 'Wrong username or password.', {
      reason: 'INVALID_CREDENTIALS',
    });
  }
  if (!user.active) {
    throw apiError('UNAUTHENTICATED', 'This account is deactivated.', { reason: 'INACTIVE' });
  }

  const now = new Date();
  const sessionToken = randomToken();
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 3_600_000);
  await em.transactional(async (tx) => {
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
