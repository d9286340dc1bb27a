import { ref, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { fail, inTransaction, reject, userError, type Result } from '../common/payload.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../common/role.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { generatePassword, hashPassword, randomToken, sha256 } from './secrets.js';
import { passwordProblem } from './password-policy.js';
import { guardedPasswordCheck } from './sign-in-guard.js';
import { ConfigError } from '../../config.js';

/** Active (unrevoked, unexpired) API tokens one user may hold at once. */
export const MAX_ACTIVE_TOKENS = 10;

/**
 * Ends every session (but `keepSessionId`) and revokes every API token of a user, in `tx`:
 * what a password reset, a password change and a deactivation do.
 */
async function endAccess(
  tx: EntityManager,
  user: User,
  keepSessionId: number | null = null,
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const now = new Date();
  const sessionsEnded = await tx.nativeUpdate(
    Session,
    { user, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
    { revokedAt: now },
  );
  const tokensRevoked = await tx.nativeUpdate(
    ApiToken,
    { user, revokedAt: null },
    { revokedAt: now },
  );
  return { sessionsEnded, tokensRevoked };
}

/** What the audit trail keeps of a user (never the hash). */
const snapshot = (u: User) => ({
  username: u.username,
  displayName: u.displayName,
  email: u.email ?? null,
  roles: u.roles,
  active: u.active,
});

async function activeAdminCount(em: EntityManager): Promise<number> {
  const admins = await em.find(User, { active: true, rolesText: { $like: '%ADMIN%' } });
  return admins.filter((u) => u.roles.includes(Role.ADMIN)).length;
}

export async function createUser(
  em: EntityManager,
  actor: Actor,
  input: {
    username: string;
    displayName: string;
    email?: string | null;
    roles: Role[];
    password?: string | null;
  },
): Promise<Result<{ user: User; generatedPassword: string | null }>> {
  const username = input.username.trim().toLowerCase();
  const email = input.email?.trim().toLowerCase() || null;
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    return fail(
      userError('INVALID_USERNAME', 'Username must be 3–64 of a-z 0-9 . _ -', 'username'),
    );
  }
  if (input.roles.length === 0)
    return fail(userError('NO_ROLE', 'Give at least one role.', 'roles'));
  const problem = input.password
    ? passwordProblem(input.password, {
        username,
        email,
        displayName: input.displayName,
      })
    : null;
  if (problem) return fail(userError('WEAK_PASSWORD', problem, 'password'));
  if (await em.count(User, { username })) {
    return fail(userError('USERNAME_TAKEN', `The username "${username}" is taken.`, 'username'));
  }
  if (email && (await em.count(User, { email }))) {
    return fail(userError('EMAIL_TAKEN', 'Another user has this e-mail address.', 'email'));
  }
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  let user: User;
  try {
    user = await em.transactional(async (tx) => {
      const created = tx.create(User, {
        username,
        displayName: input.displayName.trim(),
        email,
        passwordHash,
        passwordChangedAt: new Date(),
      });
      created.roles = input.roles;
      await tx.flush();
      recordAudit(tx, actor, {
        action: 'user.create',
        targetType: 'User',
        targetId: created.id,
        after: snapshot(created),
      });
      return created;
    });
  } catch (err) {
    // Two admins creating the same username at once: the unique index decides.
    if (err instanceof UniqueConstraintViolationException) {
      return fail(userError('USERNAME_TAKEN', `The username "${username}" is taken.`, 'username'));
    }
    throw err;
  }
  return { ok: true, user, generatedPassword };
}

export async function updateUser(
  em: EntityManager,
  actor: Actor,
  input: {
    id: number;
    displayName?: string | null;
    email?: string | null;
    roles?: Role[] | null;
    active?: boolean | null;
  },
): Promise<Result<{ user: User }>> {
  return inTransaction(em, async (tx) => {
    const user = await tx.findOne(User, { id: input.id });
    if (!user) return reject('NOT_FOUND', 'No such user.', 'id');
    const before = snapshot(user);
    if (input.displayName != null) user.displayName = input.displayName.trim();
    if (input.email !== undefined && input.email !== null) {
      const email = input.email.trim().toLowerCase();
      if (await tx.count(User, { email, id: { $ne: user.id } })) {
        reject('EMAIL_TAKEN', 'Another user has this e-mail address.', 'email');
      }
      user.email = email || null;
    }
    if (input.roles) user.roles = input.roles;
    if (input.active != null) user.active = input.active;
    const losesAdmin =
      before.roles.includes(Role.ADMIN) &&
      before.active &&
      (!user.roles.includes(Role.ADMIN) || !user.active);
    if (losesAdmin && (await activeAdminCount(tx)) <= 1) {
      reject(
        'LAST_ADMIN',
        'Keep at least one active administrator.',
        user.active ? 'roles' : 'active',
      );
    }
    // A deactivated user is signed out everywhere at once, and their API tokens are revoked:
    // reactivating them later brings none of it back.
    const ended = !user.active && before.active ? await endAccess(tx, user) : null;
    recordAudit(tx, actor, {
      action: 'user.update',
      targetType: 'User',
      targetId: user.id,
      before,
      after: { ...snapshot(user), ...(ended ?? {}) },
    });
    return { user };
  });
}

export async function resetPassword(
  em: EntityManager,
  actor: Actor,
  input: { id?: number; username?: string; password?: string | null },
  /** The caller's own session, kept when an admin resets their own password. */
  keepSessionId: number | null = null,
): Promise<Result<{ user: User; generatedPassword: string | null }>> {
  const where = input.id != null ? { id: input.id } : { username: input.username ?? '' };
  const target = await em.findOne(User, where);
  if (!target) return fail(userError('NOT_FOUND', 'No such user.', 'id'));
  const problem = input.password ? passwordProblem(input.password, target) : null;
  if (problem) return fail(userError('WEAK_PASSWORD', problem, 'password'));
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return inTransaction(em, async (tx) => {
    const user = await tx.findOne(User, { id: target.id });
    if (!user) return reject('NOT_FOUND', 'No such user.', 'id');
    user.passwordHash = passwordHash;
    user.passwordChangedAt = new Date();
    const ended = await endAccess(tx, user, keepSessionId);
    recordAudit(tx, actor, {
      action: 'user.resetPassword',
      targetType: 'User',
      targetId: user.id,
      after: { passwordChanged: true, ...ended },
    });
    return { user, generatedPassword };
  });
}

export async function changeOwnPassword(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: number | null,
): Promise<Result<{ user: User }>> {
  // The same guessing limits as sign-in: a stolen session cannot test passwords at will.
  const right = await guardedPasswordCheck(em, {
    user,
    login: user.username,
    password: input.currentPassword,
    ip: actor.ip,
    requestId: actor.requestId,
    via: 'passwordChange',
  });
  if (!right) {
    return fail(userError('WRONG_PASSWORD', 'The current password is wrong.', 'currentPassword'));
  }
  const problem = passwordProblem(input.newPassword, user);
  if (problem) return fail(userError('WEAK_PASSWORD', problem, 'newPassword'));
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(em, async (tx) => {
    const fresh = await tx.findOneOrFail(User, { id: user.id });
    fresh.passwordHash = passwordHash;
    fresh.passwordChangedAt = new Date();
    const ended = await endAccess(tx, fresh, keepSessionId);
    recordAudit(tx, actor, {
      action: 'user.changePassword',
      targetType: 'User',
      targetId: fresh.id,
      after: { passwordChanged: true, ...ended },
    });
    return { user: fresh };
  });
}

export const DEFAULT_TOKEN_DAYS = 90;

export async function createApiToken(
  em: EntityManager,
  actor: Actor,
  owner: User,
  input: { name: string; expiresInDays?: number | null },
): Promise<Result<{ apiToken: ApiToken; token: string }>> {
  const name = input.name.trim();
  if (!name) return fail(userError('NAME_REQUIRED', 'Give the token a name.', 'name'));
  const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    return fail(userError('INVALID_EXPIRY', 'Expiry must be 1–366 days.', 'expiresInDays'));
  }
  const token = randomToken('msr_');
  return inTransaction(em, async (tx) => {
    // Touching the owner's row first serialises concurrent creations for one user (a row lock
    // on PostgreSQL, the write lock on SQLite), so the count below cannot be raced past.
    await tx.nativeUpdate(User, { id: owner.id }, { username: owner.username });
    const active = await tx.count(ApiToken, {
      user: owner.id,
      revokedAt: null,
      $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }],
    });
    if (active >= MAX_ACTIVE_TOKENS) {
      reject(
        'TOO_MANY_TOKENS',
        `At most ${MAX_ACTIVE_TOKENS} active API tokens per user: revoke one you no longer use first.`,
        'name',
      );
    }
    const created = tx.create(ApiToken, {
      user: tx.getReference(User, owner.id),
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'apiToken.create',
      targetType: 'ApiToken',
      targetId: created.id,
      after: { name, owner: owner.username, expiresAt: created.expiresAt },
    });
    return { apiToken: created, token };
  });
}

/** Revokes a token: its owner may, and so may an administrator. Takes effect on the next request. */
export async function revokeApiToken(
  em: EntityManager,
  actor: Actor,
  by: { userId: number | null; isAdmin: boolean },
  where: { id?: number; name?: string; ownerUsername?: string },
): Promise<Result<{ apiToken: ApiToken }>> {
  return inTransaction(em, async (tx) => {
    const token =
      where.id != null
        ? await tx.findOne(ApiToken, { id: where.id }, { populate: ['user'] })
        : await tx.findOne(
            ApiToken,
            {
              name: where.name ?? '',
              user: { username: where.ownerUsername ?? '' },
              revokedAt: null,
            },
            { populate: ['user'] },
          );
    if (!token || (!by.isAdmin && token.user.id !== by.userId)) {
      return reject('NOT_FOUND', 'No such token.', 'id');
    }
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      recordAudit(tx, actor, {
        action: 'apiToken.revoke',
        targetType: 'ApiToken',
        targetId: token.id,
        after: { name: token.name, owner: token.user.username },
      });
    }
    return { apiToken: token };
  });
}

/**
 * First start: when no account holds the admin role and none is called `admin` (an empty
 * database, or one that `pnpm start --demo` or `pnpm seed:demo` filled with demo users first),
 * creates `admin` with MASAR_ADMIN_PASSWORD, or a generated password that is returned (to be
 * printed once). A deactivated administrator still counts, so a start never re-creates one.
 */
export async function ensureFirstAdmin(
  em: EntityManager,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  const candidates = await em.find(User, {
    $or: [{ username: 'admin' }, { rolesText: { $like: `%${Role.ADMIN}%` } }],
  });
  if (candidates.some((u) => u.username === 'admin' || u.roles.includes(Role.ADMIN))) {
    return { created: false, generatedPassword: null };
  }
  const result = await createUser(
    em,
    { userId: null, username: 'system', requestId: null, ip: null },
    {
      username: 'admin',
      displayName: 'Administrator',
      roles: [Role.ADMIN],
      password: password ?? null,
    },
  );
  if (!result.ok) {
    const reason = result.errors[0]?.message ?? 'refused';
    // A setting the operator fixes: the start ends with this one sentence (main.ts), which never
    // quotes the password.
    throw new ConfigError(
      `MASAR_ADMIN_PASSWORD was refused, so no first admin was created: ${reason} Choose another and start again.`,
    );
  }
  return { created: true, generatedPassword: result.generatedPassword };
}

/**
 * The display name of user `id` as the interface shows it now (null for none, or a user gone).
 * Through MikroORM's dataloader: the users of a whole page come in one batched select.
 */
export async function displayNameOf(em: EntityManager, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const user = await ref(em.getReference(User, id)).load({ dataloader: true });
  return user?.displayName ?? null;
}
