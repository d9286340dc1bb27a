import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ADMIN_PASSWORD,
  TEST_USER_PASSWORD,
  TestServer,
  testEngine,
} from '../../test-support/test-app.js';
import { THROTTLE } from './auth.service.js';

const ME = '{ me { id username roles } }';
interface Me {
  me: { id: string; username: string; roles: string[] } | null;
}

describe(`accounts, sessions, tokens and the audit trail (${testEngine})`, () => {
  let server: TestServer;
  const sql = (query: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute(query, params);
  const auditCount = async (action: string) => {
    const [row] = await sql('select count(*) as n from audit_entry where action = ?', [action]);
    return Number((row as { n: number | string }).n);
  };

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => server?.stop());

  it('creates the first admin from MASAR_ADMIN_PASSWORD, and only once', async () => {
    const admin = await server.admin();
    const me = await admin.graphql<Me>(ME);
    expect(me.data!.me).toMatchObject({ username: 'admin', roles: ['ADMIN'] });
    await server.restart();
    const [row] = await sql("select count(*) as n from app_user where username = 'admin'");
    expect(Number((row as { n: number }).n)).toBe(1);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and stores only its hash', async () => {
    const res = await server
      .client()
      .post('mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }', {
        i: { login: 'admin', password: TEST_ADMIN_PASSWORD },
      });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^masar_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await sql('select token_hash from session');
    expect((rows as { token_hash: string }[]).map((r) => r.token_hash)).not.toContain(token);
  });

  it('signs out: the cookie stops working at once', async () => {
    const admin = await server.admin();
    expect((await admin.graphql<Me>(ME)).data!.me).not.toBeNull();
    const out = await admin.graphql<{ signOut: { signedOut: boolean } }>(
      'mutation { signOut { signedOut } }',
    );
    expect(out.data!.signOut.signedOut).toBe(true);
    expect((await admin.graphql<Me>(ME)).data!.me).toBeNull();
    expect((await admin.graphql('{ users { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends a session after the idle time and after the absolute lifetime', async () => {
    const idle = await server.admin();
    await sql(`update session set last_seen_at = ? where revoked_at is null`, [
      new Date(Date.now() - (server.app.config.sessionIdleMinutes + 1) * 60_000),
    ]);
    expect((await idle.graphql<Me>(ME)).data!.me).toBeNull();

    const old = await server.admin();
    expect((await old.graphql<Me>(ME)).data!.me).not.toBeNull();
    await sql(`update session set expires_at = ? where revoked_at is null`, [
      new Date(Date.now() - 1000),
    ]);
    expect((await old.graphql<Me>(ME)).data!.me).toBeNull();
  });

  it('refuses wrong passwords without saying which part was wrong', async () => {
    const res = await server.graphql(
      'mutation { signIn(input: { login: "admin", password: "not-the-password" }) { user { id } } }',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    const unknown = await server.graphql(
      'mutation { signIn(input: { login: "ghost", password: "not-the-password" }) { user { id } } }',
    );
    expect(unknown.errors?.[0]?.message).toBe(res.errors?.[0]?.message);
  });

  it('locks the (account, address) pair after repeated failures, even for the right password, with a clear error', async () => {
    const admin = await server.admin();
    await admin.graphql(
      'mutation { userCreate(input: { username: "target", displayName: "T", roles: [STAFF], password: "Quiet-Meadow-Falcon-38" }) { errors { code } } }',
    );
    const attempt = (password: string) =>
      server.graphql(
        `mutation { signIn(input: { login: "target", password: "${password}" }) { user { id } } }`,
      );
    for (let i = 0; i < THROTTLE.pairLockAfter; i++) await attempt('wrong-password');
    const locked = await attempt('Quiet-Meadow-Falcon-38');
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      reason: 'SIGN_IN_LOCKED',
    });
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed sign-ins/);
    await sql("delete from sign_in_throttle where key like 'ip:%'");
  });

  it('locks an address that tries many accounts', async () => {
    for (let i = 0; i < THROTTLE.addressLockAfter; i++) {
      await server.graphql(
        `mutation { signIn(input: { login: "spray${i}", password: "wrong-password" }) { user { id } } }`,
      );
    }
    const res = await server.graphql(
      `mutation { signIn(input: { login: "admin", password: "${TEST_ADMIN_PASSWORD}" }) { user { id } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    await sql('delete from sign_in_throttle');
  });

  it('lets a script read with a bearer token, and not after the token is revoked', async () => {
    const analyst = await server.userWithRoles(['ANALYST'], 'analyst-token');
    const created = await analyst.graphql<{
      apiTokenCreate: { token: string; apiToken: { id: string; prefix: string } };
    }>(
      'mutation { apiTokenCreate(input: { name: "report script", expiresInDays: 30 }) { token apiToken { id prefix } errors { code } } }',
    );
    const { token, apiToken } = created.data!.apiTokenCreate;
    expect(token).toMatch(/^msr_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const rows = await sql('select token_hash from api_token');
    expect(JSON.stringify(rows)).not.toContain(token);

    const script = server.client({ authorization: `Bearer ${token}` });
    expect((await script.graphql<Me>(ME)).data!.me!.username).toBe('analyst-token');

    const revoked = await analyst.graphql<{ apiTokenRevoke: { apiToken: { revokedAt: string } } }>(
      `mutation { apiTokenRevoke(input: { id: "${apiToken.id}" }) { apiToken { revokedAt } errors { code } } }`,
    );
    expect(revoked.data!.apiTokenRevoke.apiToken.revokedAt).toBeTruthy();
    const after = await script.post(ME);
    expect(after.status).toBe(401);
    const body = (await after.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('does not let one user revoke another user’s token', async () => {
    const owner = await server.userWithRoles(['STAFF'], 'token-owner');
    const other = await server.userWithRoles(['STAFF'], 'token-other');
    const created = await owner.graphql<{ apiTokenCreate: { apiToken: { id: string } } }>(
      'mutation { apiTokenCreate(input: { name: "mine" }) { apiToken { id } errors { code } } }',
    );
    const id = created.data!.apiTokenCreate.apiToken.id;
    const res = await other.graphql<{ apiTokenRevoke: { errors: { code: string }[] } }>(
      `mutation { apiTokenRevoke(input: { id: "${id}" }) { errors { code } } }`,
    );
    expect(res.data!.apiTokenRevoke.errors[0]!.code).toBe('NOT_FOUND');
  });

  it('writes one audit row when a mutation commits, with secrets redacted', async () => {
    const admin = await server.admin();
    const before = await auditCount('user.create');
    const res = await admin.graphql<{ userCreate: { user: { id: string } } }>(
      'mutation { userCreate(input: { username: "audited", displayName: "Audited", roles: [COMMITTEE], password: "Copper-Willow-Rain-52" }) { user { id } errors { code } } }',
    );
    expect(await auditCount('user.create')).toBe(before + 1);
    const page = await admin.graphql<{
      auditEntries: {
        edges: {
          node: { actorName: string; targetId: string; after: string; requestId: string };
        }[];
      };
    }>(
      '{ auditEntries(first: 1, filter: { action: "user.create" }) { edges { node { actorName targetId after requestId } } } }',
    );
    const entry = page.data!.auditEntries.edges[0]!.node;
    expect(entry).toMatchObject({ actorName: 'admin', targetId: res.data!.userCreate.user.id });
    expect(entry.requestId).toBeTruthy();
    expect(entry.after).not.toContain('Copper-Willow-Rain-52');
    expect(JSON.parse(entry.after)).toMatchObject({ username: 'audited', roles: ['COMMITTEE'] });
  });

  it('writes no audit row when a mutation is refused', async () => {
    const admin = await server.admin();
    const before = await auditCount('user.create');
    const res = await admin.graphql<{ userCreate: { errors: { code: string }[] } }>(
      'mutation { userCreate(input: { username: "audited", displayName: "Again", roles: [STAFF], password: "Copper-Willow-Rain-52" }) { errors { code } } }',
    );
    expect(res.data!.userCreate.errors[0]!.code).toBe('USERNAME_TAKEN');
    expect(await auditCount('user.create')).toBe(before);
  });

  it('rolls back a change that fails half-way, leaving neither the change nor an audit row', async () => {
    const admin = await server.admin();
    const [adminRow] = await sql("select id from app_user where username = 'admin'");
    const id = (adminRow as { id: number }).id;
    const before = await auditCount('user.update');
    // Renames, then fails: removing the last administrator's role is refused.
    const res = await admin.graphql<{ userUpdate: { errors: { code: string }[] } }>(
      `mutation { userUpdate(input: { id: "${id}", displayName: "Renamed", roles: [STAFF] }) { errors { code } } }`,
    );
    expect(res.data!.userUpdate.errors[0]!.code).toBe('LAST_ADMIN');
    const [row] = await sql('select display_name, roles_text from app_user where id = ?', [id]);
    expect(row).toMatchObject({ display_name: 'Administrator', roles_text: 'ADMIN' });
    expect(await auditCount('user.update')).toBe(before);
  });

  it('deactivates a user: their sessions end and they cannot sign in', async () => {
    const admin = await server.admin();
    const victim = await server.userWithRoles(['STAFF'], 'leaver');
    const me = await victim.graphql<Me>(ME);
    const res = await admin.graphql<{ userUpdate: { user: { active: boolean } } }>(
      `mutation { userUpdate(input: { id: "${me.data!.me!.id}", active: false }) { user { active } errors { code } } }`,
    );
    expect(res.data!.userUpdate.user.active).toBe(false);
    expect((await victim.graphql<Me>(ME)).data!.me).toBeNull();
    const again = await server.graphql(
      `mutation { signIn(input: { login: "leaver", password: "${TEST_USER_PASSWORD}" }) { user { id } } }`,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates input at the server with typed errors, changing nothing', async () => {
    const admin = await server.admin();
    const [countBefore] = await sql('select count(*) as n from app_user');
    const bad = await admin.graphql(
      'mutation { userCreate(input: { username: "ok-name", displayName: "", roles: [], password: "short" }) { errors { code } } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The rejected input is not echoed back (a password would be).
    expect(JSON.stringify(bad)).not.toContain('short');
    expect(JSON.stringify(bad)).toContain('password');
    const page = await admin.graphql('{ users(first: 1000) { totalCount } }');
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [countAfter] = await sql('select count(*) as n from app_user');
    expect(countAfter).toEqual(countBefore);
  });

  it('keeps the admin signed in when they reset their own password, ending their other sessions', async () => {
    const current = await server.admin();
    const other = await server.admin();
    const me = await current.graphql<Me>(ME);
    const res = await current.graphql<{ userResetPassword: { errors: unknown[] } }>(
      `mutation { userResetPassword(input: { id: "${me.data!.me!.id}", password: "${TEST_ADMIN_PASSWORD}" }) { errors { code } } }`,
    );
    expect(res.data!.userResetPassword.errors).toEqual([]);
    expect((await current.graphql<Me>(ME)).data!.me).not.toBeNull();
    expect((await other.graphql<Me>(ME)).data!.me).toBeNull();
  });

  it('removes an e-mail address with an empty string', async () => {
    const admin = await server.admin();
    const created = await admin.graphql<{ userCreate: { user: { id: string; email: string } } }>(
      'mutation { userCreate(input: { username: "mailer", displayName: "M", email: "m@example.org", roles: [STAFF] }) { user { id email } errors { code } } }',
    );
    const { id, email } = created.data!.userCreate.user;
    expect(email).toBe('m@example.org');
    const cleared = await admin.graphql<{ userUpdate: { user: { email: string | null } } }>(
      `mutation { userUpdate(input: { id: "${id}", email: "" }) { user { email } errors { code } } }`,
    );
    expect(cleared.data!.userUpdate.user.email).toBeNull();
  });

  it('pages users with cursors', async () => {
    const admin = await server.admin();
    const first = await admin.graphql<{
      users: {
        edges: { node: { username: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    }>(
      '{ users(first: 2) { edges { node { username } } pageInfo { hasNextPage endCursor } totalCount } }',
    );
    const page1 = first.data!.users;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await admin.graphql<{ users: { edges: { node: { username: string } }[] } }>(
      `{ users(first: 2, after: "${page1.pageInfo.endCursor}") { edges { node { username } } } }`,
    );
    const names = second.data!.users.edges.map((e) => e.node.username);
    expect(names).not.toContain(page1.edges[0]!.node.username);
    expect(names).not.toContain(page1.edges[1]!.node.username);
  });
});
