import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/core';
import { apiError } from '../common/errors.js';
import { readDate, storedDate } from '../common/sql-dates.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';
import { hashPassword, randomToken, sha256, verifyPassword } from './secrets.js';

/**
 * Password guessing limits, shared by sign-in and `passwordChange`.
 *
 * Every guess is counted in `sign_in_throttle` by one atomic statement *before* the password is
 * verified (an INSERT … ON CONFLICT DO UPDATE … WHERE not locked … RETURNING, the same on SQLite
 * and PostgreSQL), so concurrent guesses cannot all pass a read-then-write check:
 * - (account, address): at most `pairLockAfter` guesses, then that pair is locked hard;
 * - address: at most `addressLockAfter` guesses on any accounts, then the address is locked;
 * - account, from addresses it has not signed in from lately: after `accountSlowAfter` guesses
 *   each further guess must wait a delay that doubles (30 s … 15 min). This is a slower rate,
 *   not a lock: the account's owner still signs in from an address they used before.
 * The account is the user once the login is resolved (username and e-mail share the counters);
 * an unknown login is counted under a hash of the login as typed, normalised.
 */
export const THROTTLE = {
  pairLockAfter: 5,
  addressLockAfter: 20,
  lockMinutes: 15,
  windowMinutes: 15,
  accountSlowAfter: 5,
  accountFirstDelaySeconds: 30,
  accountMaxDelayMinutes: 15,
  /** The account's count starts again after this long without a guess from a new address. */
  accountWindowMinutes: 24 * 60,
  /** An address the user signed in from within this many days is theirs. */
  knownAddressDays: 30,
  /** Password verifications at once, in this process, per account and per address. */
  concurrentPerAccount: 2,
  concurrentPerAddress: 4,
  /** Guesses waiting for a verification slot; more are refused at once. */
  queuePerKey: 16,
} as const;

/** Limits the number of holders per key; a few more wait, the rest are refused. */
class KeyedSemaphore {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {}

  /** A release function, or null when the key is busy and its queue full. */
  async acquire(key: string): Promise<(() => void) | null> {
    const held = this.active.get(key) ?? 0;
    if (held < this.limit) {
      this.active.set(key, held + 1);
      return this.releaser(key);
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length >= this.queueLimit) return null;
    this.waiting.set(key, queue);
    return new Promise((resolve) => queue.push(() => resolve(this.releaser(key))));
  }

  private releaser(key: string): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const queue = this.waiting.get(key);
      const next = queue?.shift();
      if (queue && queue.length === 0) this.waiting.delete(key);
      if (next) return next(); // the slot passes to the next in line
      const held = (this.active.get(key) ?? 1) - 1;
      if (held <= 0) this.active.delete(key);
      else this.active.set(key, held);
    };
  }
}

const accountSlots = new KeyedSemaphore(THROTTLE.concurrentPerAccount, THROTTLE.queuePerKey);
const addressSlots = new KeyedSemaphore(THROTTLE.concurrentPerAddress, THROTTLE.queuePerKey * 2);

const MINUTE = 60_000;

/** One counter: its key and when, at its n-th counted guess, it is locked (or null). */
export interface Counter {
  key: string;
  scope: 'pair' | 'address' | 'account';
  /** ms of lock after the n-th guess, or null: entries 1…k, the last one repeats. */
  lockAfterGuess: (number | null)[];
  /** When the lock ends, the count starts again (hard locks), else only after `windowMs`. */
  resetWhenUnlocked: boolean;
  windowMs: number;
}

export function hardLock(key: string, scope: Counter['scope'], after: number): Counter {
  return {
    key,
    scope,
    lockAfterGuess: [...Array<null>(after - 1).fill(null), THROTTLE.lockMinutes * MINUTE],
    resetWhenUnlocked: true,
    windowMs: THROTTLE.windowMinutes * MINUTE,
  };
}

function slowDown(key: string): Counter {
  const delays: (number | null)[] = Array<null>(THROTTLE.accountSlowAfter - 1).fill(null);
  for (let d = THROTTLE.accountFirstDelaySeconds * 1000; ; d *= 2) {
    const capped = Math.min(d, THROTTLE.accountMaxDelayMinutes * MINUTE);
    delays.push(capped);
    if (capped === THROTTLE.accountMaxDelayMinutes * MINUTE) break;
  }
  return {
    key,
    scope: 'account',
    lockAfterGuess: delays,
    resetWhenUnlocked: false,
    windowMs: THROTTLE.accountWindowMinutes * MINUTE,
  };
}

const isPostgres = (em: EntityManager) => em.getDriver() instanceof PostgreSqlDriver;

/**
 * Counts one guess on `counter`, atomically: `lockedUntil` when the counter is locked (nothing
 * changes), else the guess's number in the window and the counter's lock after it (if any).
 */
export async function claim(
  em: EntityManager,
  counter: Counter,
  now: Date,
): Promise<{ lockedUntil: Date } | { n: number; lockSet: Date | null }> {
  const pg = isPostgres(em);
  const engine = pg ? 'postgresql' : 'sqlite';
  const d = (v: Date | null) => (v ? storedDate(engine, v) : null);
  const ts = pg ? 'cast(? as timestamptz)' : '?';
  const conn = em.getConnection();
  // A counter whose window has passed (or whose hard lock has ended) starts again.
  await conn.execute(
    `delete from sign_in_throttle where "key" = ? and (locked_until is null or locked_until <= ?) and ` +
      (counter.resetWhenUnlocked
        ? `(locked_until is not null or last_failure_at < ?)`
        : `last_failure_at < ?`),
    [counter.key, d(now), d(new Date(now.getTime() - counter.windowMs))],
  );
  const lockAt = (n: number) => {
    const list = counter.lockAfterGuess;
    const ms = list[Math.min(n, list.length) - 1];
    return ms == null ? null : new Date(now.getTime() + ms);
  };
  const arms = counter.lockAfterGuess.map((_, i) => `when ${i + 1} then ${ts}`).join(' ');
  const rows = (await conn.execute(
    `insert into sign_in_throttle ("key", failures, last_failure_at, locked_until)
     values (?, 1, ${ts}, ${ts})
     on conflict ("key") do update set
       failures = sign_in_throttle.failures + 1,
       last_failure_at = excluded.last_failure_at,
       locked_until = case sign_in_throttle.failures + 1 ${arms} else ${ts} end
     where sign_in_throttle.locked_until is null or sign_in_throttle.locked_until <= ${ts}
     returning failures, locked_until`,
    [
      counter.key,
      d(now),
      d(lockAt(1)),
      ...counter.lockAfterGuess.map((_, i) => d(lockAt(i + 1))),
      d(lockAt(counter.lockAfterGuess.length + 1)),
      d(now),
    ],
  )) as { failures: number | string; locked_until: unknown }[];
  const row = rows[0];
  if (!row) {
    const [current] = (await conn.execute(
      'select locked_until from sign_in_throttle where "key" = ?',
      [counter.key],
    )) as { locked_until: unknown }[];
    return { lockedUntil: readDate(current?.locked_until) ?? new Date(now.getTime() + 1000) };
  }
  const n = Number(row.failures);
  return { n, lockSet: readDate(row.locked_until) };
}

/** Takes back one counted guess (a refused or successful attempt); lifts a lock it set. */
async function unclaim(em: EntityManager, counter: Counter): Promise<void> {
  const firstLock = counter.lockAfterGuess.findIndex((ms) => ms != null) + 1;
  await em.getConnection().execute(
    `update sign_in_throttle set failures = failures - 1,
       locked_until = case when failures - 1 < ? then null else locked_until end
     where "key" = ? and failures > 0`,
    [firstLock, counter.key],
  );
}

/** Deletes counters untouched for longer than any window (now and then, not on every guess). */
export async function prune(em: EntityManager, now: Date): Promise<void> {
  const engine = isPostgres(em) ? 'postgresql' : 'sqlite';
  const before = new Date(now.getTime() - THROTTLE.accountWindowMinutes * MINUTE);
  await em
    .getConnection()
    .execute(
      'delete from sign_in_throttle where last_failure_at < ? and (locked_until is null or locked_until <= ?)',
      [storedDate(engine, before), storedDate(engine, now)],
    );
}

async function clear(em: EntityManager, counter: Counter): Promise<void> {
  await em.getConnection().execute('delete from sign_in_throttle where "key" = ?', [counter.key]);
}

/** Verified against when the login is unknown, so that it takes as long as a known one. */
let dummyHash: Promise<string> | null = null;
const dummy = () => (dummyHash ??= hashPassword(randomToken()));

export type GuardVia = 'signIn' | 'passwordChange';

export interface GuardedCheck {
  /** The user the login resolved to, or null. */
  user: User | null;
  /** The login as typed (sign-in) — only its normalised hash is kept, for unknown logins. */
  login: string;
  password: string;
  ip: string | null;
  requestId: string | null;
  via: GuardVia;
}

function lockedError(until: Date, now: Date, scope: Counter['scope']) {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait =
    retryAfterSeconds < 120
      ? `${retryAfterSeconds} seconds`
      : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return apiError('LIMIT_EXCEEDED', `Too many failed sign-ins. Try again in ${wait}.`, {
    retryAfterSeconds,
    reason: scope === 'account' ? 'SIGN_IN_SLOWED' : 'SIGN_IN_LOCKED',
  });
}

/** Whether the user has signed in from this address lately (their usual address). */
async function knownAddress(em: EntityManager, user: User, ip: string | null, now: Date) {
  if (!ip) return false;
  const since = new Date(now.getTime() - THROTTLE.knownAddressDays * 86_400_000);
  return (await em.count(Session, { user: user.id, ip, createdAt: { $gte: since } })) > 0;
}

/**
 * Verifies a password under the limits above: counts the guess first, refuses it while a
 * counter is locked (LIMIT_EXCEEDED), and writes failed guesses and locks to the audit trail.
 * True only for the right password; the counters are then given back (the pair is cleared).
 */
export async function guardedPasswordCheck(
  em: EntityManager,
  check: GuardedCheck,
): Promise<boolean> {
  const now = new Date();
  const address = check.ip ?? 'unknown';
  const login = check.login.trim().toLowerCase();
  const subject = check.user ? `acct:${check.user.id}` : `login:${sha256(login).slice(0, 40)}`;
  const pair = hardLock(`pair:${subject}|${address}`.slice(0, 160), 'pair', THROTTLE.pairLockAfter);
  const addressCounter = hardLock(
    `ip:${address}`.slice(0, 160),
    'address',
    THROTTLE.addressLockAfter,
  );
  const usual = check.user ? await knownAddress(em, check.user, check.ip, now) : false;
  const counters = [pair, ...(usual ? [] : [slowDown(subject)]), addressCounter];

  const busy = () =>
    apiError('LIMIT_EXCEEDED', 'Too many sign-ins at once. Try again in a moment.', {
      retryAfterSeconds: 1,
      reason: 'SIGN_IN_BUSY',
    });
  const releaseAddress = await addressSlots.acquire(address);
  if (!releaseAddress) throw busy();
  let releaseAccount: (() => void) | null = null;
  try {
    // The time of the guess is when it got its turn, not when it started waiting for it.
    const at = new Date();
    if (Math.random() < 0.01) await prune(em, at);
    const claimed: Counter[] = [];
    const locksSet: { counter: Counter; until: Date }[] = [];
    for (const counter of counters) {
      const result = await claim(em, counter, at);
      if ('lockedUntil' in result) {
        for (const c of claimed) await unclaim(em, c);
        throw lockedError(result.lockedUntil, at, counter.scope);
      }
      claimed.push(counter);
      const firstLock = counter.lockAfterGuess.findIndex((ms) => ms != null) + 1;
      if (result.lockSet && result.n === firstLock) {
        locksSet.push({ counter, until: result.lockSet });
      }
    }
    // Only guesses the counters let through wait for a verification slot of the account, so a
    // flood of refused guesses cannot keep the owner's own sign-in out of it.
    releaseAccount = await accountSlots.acquire(subject);
    if (!releaseAccount) {
      for (const c of claimed) await unclaim(em, c);
      throw busy();
    }

    const ok = await verifyPassword(check.password, check.user?.passwordHash ?? (await dummy()));
    const right = ok && !!check.user;
    if (right) {
      await clear(em, pair);
      for (const c of claimed) if (c !== pair) await unclaim(em, c);
      return true;
    }
    await em.transactional(async (tx) => {
      // Sign-in guesses are anonymous; a wrong current password in passwordChange is the
      // signed-in user's. The login as typed is not kept (it may be a mistyped e-mail address).
      const signedIn = check.via === 'passwordChange' && check.user;
      const actor: Actor = {
        userId: signedIn ? check.user!.id : null,
        username: signedIn ? check.user!.username : 'anonymous',
        requestId: check.requestId,
        ip: check.ip,
      };
      recordAudit(tx, actor, {
        action: 'auth.passwordFailed',
        targetType: 'User',
        targetId: check.user?.id ?? null,
        after: { via: check.via, username: check.user?.username ?? null },
      });
      for (const { counter, until } of locksSet) {
        recordAudit(tx, actor, {
          action: counter.scope === 'account' ? 'auth.slowed' : 'auth.locked',
          targetType: counter.scope === 'address' ? 'Address' : 'User',
          targetId: counter.scope === 'address' ? address : (check.user?.id ?? null),
          after: { scope: counter.scope, until, via: check.via },
        });
      }
    });
    return false;
  } finally {
    releaseAccount?.();
    releaseAddress();
  }
}
