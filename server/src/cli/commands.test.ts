import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../test-support/test-app.js';
import { runCli } from './commands.js';
import { createBeneficiary, openTransaction } from '../test-support/fixtures.js';

describe(`the administrator's command line (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => server?.stop());

  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, server.db.config, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out, err };
  };
  const ME = '{ me { username roles } }';

  it('user:create makes a user who can sign in over HTTP', async () => {
    const r = await cli(
      'user:create',
      '--username',
      'Fatimah',
      '--name',
      'فاطمة',
      '--roles',
      'staff,researcher',
      '--password',
      'Cedar-Lagoon-Pepper-64',
    );
    expect(r.code).toBe(0);
    const client = await server.signIn('fatimah', 'Cedar-Lagoon-Pepper-64');
    const me = await client.graphql<{ me: { username: string; roles: string[] } }>(ME);
    expect(me.data!.me).toEqual({ username: 'fatimah', roles: ['RESEARCHER', 'STAFF'] });
  });

  it('user:create without a password prints a generated one once', async () => {
    const r = await cli('user:create', '--username', 'omar', '--roles', 'analyst');
    expect(r.code).toBe(0);
    const password = r.out.join('\n').match(/Password \(shown once\): (\S+)/)![1]!;
    await expect(server.signIn('omar', password)).resolves.toBeTruthy();
  });

  it('refuses unknown roles and duplicate usernames, with exit codes', async () => {
    expect((await cli('user:create', '--username', 'x1', '--roles', 'king')).code).toBe(2);
    const dup = await cli('user:create', '--username', 'omar', '--roles', 'staff');
    expect(dup.code).toBe(1);
    expect(dup.err.join('\n')).toMatch(/taken/);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('user:reset-password sets a new password and ends the user’s sessions', async () => {
    const before = await server.signIn('fatimah', 'Cedar-Lagoon-Pepper-64');
    const r = await cli(
      'user:reset-password',
      '--username',
      'fatimah',
      '--password',
      'Amber-Quartz-Meadow-29',
    );
    expect(r.code).toBe(0);
    expect((await before.graphql<{ me: unknown }>(ME)).data!.me).toBeNull();
    await expect(server.signIn('fatimah', 'Amber-Quartz-Meadow-29')).resolves.toBeTruthy();
  });

  it('token:create prints a token that works; token:revoke stops it at once', async () => {
    const created = await cli(
      'token:create',
      '--user',
      'omar',
      '--name',
      'nightly export',
      '--days',
      '7',
    );
    expect(created.code).toBe(0);
    const token = created.out.at(-1)!;
    expect(token).toMatch(/^msr_/);
    const script = server.client({ authorization: `Bearer ${token}` });
    expect((await script.graphql<{ me: { username: string } }>(ME)).data!.me.username).toBe('omar');

    const revoked = await cli('token:revoke', '--user', 'omar', '--name', 'nightly export');
    expect(revoked.code).toBe(0);
    expect((await script.post(ME)).status).toBe(401);
  });

  it('rollups:rebuild recomputes the figures from the raw rows', async () => {
    const manager = await server.userWithRoles(['MANAGER'], 'rollups-manager');
    const staff = await server.userWithRoles(['STAFF'], 'rollups-staff');
    const beneficiary = await createBeneficiary(staff, '107766554', 'هند سالم الدوسري');
    for (const channel of ['PHONE', 'PHONE', 'IN_PERSON'])
      await openTransaction(staff, beneficiary, channel);
    const FUNNEL = `query($p: DashboardPeriod!) { dashboard(period: $p) {
      funnel { stepKey count } volumeByChannel { channelKey count } } }`;
    const now = new Date();
    const p = { from: new Date(now.getTime() - 86_400_000).toISOString(), to: now.toISOString() };
    const figures = async () => (await manager.graphql(FUNNEL, { p })).data;
    const before = await figures();
    expect(JSON.stringify(before)).toContain('"count":3');
    const conn = server.app.orm.em.getConnection();
    await conn.execute('delete from rollup_transaction_day');
    expect(await figures()).not.toEqual(before);
    const r = await cli('rollups:rebuild');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/rollup_transaction_day: \d+ rows .*\nrollup_event_day/);
    expect(r.out.at(-1)).toMatch(/^Rollups rebuilt in \d+\.\d s\.$/);
    // Each table once (the survey links' table takes two statements).
    expect(r.out.filter((l) => l.startsWith('rollup_satisfaction_day:'))).toHaveLength(1);
    const [audit] = (await conn.execute(
      "select actor_name, after from audit_entry where action = 'rollups.rebuild'",
    )) as { actor_name: string; after: string }[];
    expect(audit?.actor_name).toBe('cli');
    expect(JSON.parse(audit!.after)).toMatchObject({ rollup_transaction_day: expect.any(Number) });
    expect(await figures()).toEqual(before);
  });

  it('writes what it does to the audit trail as the CLI', async () => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute("select count(*) as n from audit_entry where actor_name = 'cli'");
    expect(Number((row as { n: number | string }).n)).toBeGreaterThanOrEqual(5);
  });
});
