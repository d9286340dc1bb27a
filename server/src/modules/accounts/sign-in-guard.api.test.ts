import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { claim, hardLock, prune, THROTTLE } from './sign-in-guard.js';
import { ME, outcome, signInKit, STRONG, WRONG } from './sign-in.test-kit.js';

/**
 * Issue 13, items 5–8: password guessing under a burst, over real HTTP. The server trusts
 * X-Forwarded-For from loopback, so each test poses as the client addresses it needs.
 */

describe(`sign-in that holds under a burst (${testEngine})`, () => {
  const kit = signInKit();
  const { count, failedGuesses, signInFrom, createdId, sql } = kit;

  describe('item 5: each guess is counted before the password is checked', () => {
    it('of 39 concurrent wrong passwords at most 5 are verified; the right one is then refused', async () => {
      const id = await createdId('burst');
      const answers = await Promise.all(
        Array.from({ length: 39 }, () => signInFrom('203.0.113.10', 'burst', WRONG)),
      );
      const outcomes = answers.map(outcome);
      const verified = outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length;
      expect(verified).toBeGreaterThan(0);
      expect(verified).toBeLessThanOrEqual(THROTTLE.pairLockAfter);
      expect(await failedGuesses(id)).toBe(verified);
      for (const o of outcomes) {
        expect([
          'INVALID_CREDENTIALS',
          'SIGN_IN_LOCKED',
          'SIGN_IN_SLOWED',
          'SIGN_IN_BUSY',
        ]).toContain(o);
      }

      const right = await signInFrom('203.0.113.10', 'burst', STRONG);
      expect(outcome(right)).toBe('SIGN_IN_LOCKED');
      expect(right.body.errors![0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
      expect(right.cookie).toBeNull();
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.locked' and target_id = ?",
          [id],
        ),
      ).toBe(1);
    });

    it('counts in one atomic statement: of 39 concurrent claims on one counter exactly 5 pass', async () => {
      const counter = hardLock('pair:atomic-test|198.51.100.99', 'pair', THROTTLE.pairLockAfter);
      const now = new Date();
      const results = await Promise.all(
        Array.from({ length: 39 }, () => claim(kit.server.app.orm.em.fork(), counter, now)),
      );
      const passed = results.filter((r) => 'n' in r).map((r) => ('n' in r ? r.n : 0));
      expect(passed.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
      expect(results.filter((r) => 'lockedUntil' in r)).toHaveLength(34);
    });

    it('prunes counters untouched for longer than any window, and keeps the others', async () => {
      const em = kit.server.app.orm.em.fork();
      const old = hardLock('pair:prune-old|198.51.100.98', 'pair', THROTTLE.pairLockAfter);
      const fresh = hardLock('pair:prune-fresh|198.51.100.98', 'pair', THROTTLE.pairLockAfter);
      const longAgo = new Date(Date.now() - (THROTTLE.accountWindowMinutes + 60) * 60_000);
      await claim(em, old, longAgo);
      await claim(em, fresh, new Date());
      await prune(em, new Date());
      const keys = ((await sql('select "key" from sign_in_throttle')) as { key: string }[]).map(
        (r) => r.key,
      );
      expect(keys).not.toContain(old.key);
      expect(keys).toContain(fresh.key);
    });

    it('Migration20261206140200 drops the counters of the old scheme, keyed by the login as typed', async () => {
      const conn = kit.server.app.orm.em.getConnection();
      await conn.execute(
        'insert into sign_in_throttle ("key", failures, last_failure_at) values (?, 3, ?)',
        ['user:someone@example.org', new Date()],
      );
      await conn.execute('delete from mikro_orm_migrations where name like ?', [
        'Migration20261206140200%',
      ]);
      const ran = await kit.server.app.orm.getMigrator().up();
      expect(ran.map((m) => m.name)).toEqual(['Migration20261206140200']);
      const rows = JSON.stringify(await sql('select "key" from sign_in_throttle'));
      expect(rows).not.toContain('someone@example.org');
    });

    it('forgets the guesses of a pair once its owner signs in', async () => {
      await createdId('forgetful');
      for (let i = 0; i < THROTTLE.pairLockAfter - 1; i++) {
        expect(outcome(await signInFrom('203.0.113.11', 'forgetful', WRONG))).toBe(
          'INVALID_CREDENTIALS',
        );
      }
      expect(outcome(await signInFrom('203.0.113.11', 'forgetful', STRONG))).toBe('OK');
      for (let i = 0; i < THROTTLE.pairLockAfter - 1; i++) {
        expect(outcome(await signInFrom('203.0.113.11', 'forgetful', WRONG))).toBe(
          'INVALID_CREDENTIALS',
        );
      }
    });
  });

  describe('item 6: the account is the user, however the login is typed', () => {
    it('the username and the e-mail address share one counter', async () => {
      await createdId('shared', STRONG, 'shared@example.org');
      for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
        const login = i % 2 ? 'Shared@Example.org' : 'SHARED';
        expect(outcome(await signInFrom('203.0.113.20', login, WRONG))).toBe('INVALID_CREDENTIALS');
      }
      expect(outcome(await signInFrom('203.0.113.20', 'shared@example.org', STRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      expect(outcome(await signInFrom('203.0.113.20', 'shared', STRONG))).toBe('SIGN_IN_LOCKED');
    });

    it('an unknown login is counted by its normalised form, and kept only as a hash', async () => {
      for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
        const login = i % 2 ? ' Nobody@Example.ORG ' : 'nobody@example.org';
        expect(outcome(await signInFrom('203.0.113.21', login, WRONG))).toBe('INVALID_CREDENTIALS');
      }
      expect(outcome(await signInFrom('203.0.113.21', 'NOBODY@example.org', WRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      const rows = JSON.stringify(await sql('select * from sign_in_throttle'));
      expect(rows).not.toContain('nobody');
      const audit = JSON.stringify(
        await sql("select * from audit_entry where action like 'auth.%'"),
      );
      expect(audit).not.toContain('nobody');
      expect(audit).not.toContain(WRONG);
    });
  });

  describe('item 7: an unknown login takes as long as a known one', () => {
    it('answers a wrong password for an unknown user in about the time of a known one', async () => {
      await createdId('timed');
      const time = async (login: string, ip: string) => {
        const started = performance.now();
        expect(outcome(await signInFrom(ip, login, WRONG))).toBe('INVALID_CREDENTIALS');
        return performance.now() - started;
      };
      await time('warm-up', '192.0.2.9');
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++) {
        known.push(await time('timed', `192.0.2.${10 + i}`));
        unknown.push(await time(`ghost${i}`, `192.0.2.${30 + i}`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(unknown) / median(known);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });
  });

  describe('item 8: guessing from elsewhere does not lock the owner out', () => {
    it('the owner signs in from their usual address while other addresses hammer the account', async () => {
      const id = await createdId('victim');
      const usual = '198.51.100.7';
      expect(outcome(await signInFrom(usual, 'victim', STRONG))).toBe('OK');

      const attack = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          signInFrom(`203.0.113.${100 + (i % 8)}`, 'victim', WRONG),
        ),
      );
      const outcomes = attack.map(outcome);
      const verified = outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length;
      expect(verified).toBeLessThanOrEqual(THROTTLE.accountSlowAfter);
      expect(await failedGuesses(id)).toBe(verified);
      expect(outcomes).toContain('SIGN_IN_SLOWED');

      // The owner, from the address they signed in from before: at once.
      expect(outcome(await signInFrom(usual, 'victim', STRONG))).toBe('OK');
      // From an address they never used: slowed down (a short wait), not locked.
      const elsewhere = await signInFrom('192.0.2.200', 'victim', STRONG);
      expect(outcome(elsewhere)).toBe('SIGN_IN_SLOWED');
      const wait = Number(elsewhere.body.errors![0]!.extensions!.retryAfterSeconds);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(THROTTLE.accountFirstDelaySeconds);
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.slowed' and target_id = ?",
          [id],
        ),
      ).toBe(1);

      // When the wait is over one more guess is verified, and the next wait is twice as long.
      await sql('update sign_in_throttle set locked_until = ? where "key" = ?', [
        new Date(Date.now() - 1000),
        `acct:${id}`,
      ]);
      expect(outcome(await signInFrom('203.0.113.120', 'victim', WRONG))).toBe(
        'INVALID_CREDENTIALS',
      );
      const next = await signInFrom('203.0.113.121', 'victim', WRONG);
      expect(outcome(next)).toBe('SIGN_IN_SLOWED');
      const nextWait = Number(next.body.errors![0]!.extensions!.retryAfterSeconds);
      expect(nextWait).toBeGreaterThan(THROTTLE.accountFirstDelaySeconds);
      expect(nextWait).toBeLessThanOrEqual(2 * THROTTLE.accountFirstDelaySeconds);
    });

    it('a flood of guesses from elsewhere does not keep the owner’s own sign-in waiting or out', async () => {
      const id = await createdId('flooded');
      const usual = '198.51.100.8';
      expect(outcome(await signInFrom(usual, 'flooded', STRONG))).toBe('OK');
      const flood = Array.from({ length: 60 }, (_, i) =>
        signInFrom(`203.0.113.${140 + (i % 12)}`, 'flooded', WRONG),
      );
      // The owner asks while the flood is in flight.
      await new Promise((r) => setTimeout(r, 20));
      const owner = await signInFrom(usual, 'flooded', STRONG);
      const outcomes = (await Promise.all(flood)).map(outcome);
      expect(outcome(owner)).toBe('OK');
      expect(outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(
        THROTTLE.accountSlowAfter,
      );
      expect(await failedGuesses(id)).toBeLessThanOrEqual(THROTTLE.accountSlowAfter);
    });

    it('nobody can lock the administrator out of their usual address', async () => {
      for (let i = 0; i < 12; i++) {
        await signInFrom(`203.0.113.${130 + (i % 3)}`, 'admin', WRONG);
      }
      // The test admin signs in from 127.0.0.1 (no X-Forwarded-For), as before the attack.
      const again = await kit.server.admin();
      expect((await again.graphql<{ me: { username: string } }>(ME)).data!.me.username).toBe(
        'admin',
      );
    });

    it('still locks an address that tries many accounts, and audits the lock', async () => {
      for (let i = 0; i < THROTTLE.addressLockAfter; i++) {
        await signInFrom('203.0.113.40', `spray${i}`, WRONG);
      }
      expect(outcome(await signInFrom('203.0.113.40', 'spray-last', STRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.locked' and target_id = ?",
          ['203.0.113.40'],
        ),
      ).toBe(1);
    });
  });
});
