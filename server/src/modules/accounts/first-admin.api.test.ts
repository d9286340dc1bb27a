/**
 * The first admin exists after any first start, including `pnpm start --demo` on an empty
 * database: the demo seeder runs first (and creates its demo users), then the server starts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp, type RunningApp } from '../../app.js';
import { openDatabase } from '../../db/orm.js';
import { generateDemo } from '../../db/demo/generate-demo.js';
import {
  createTestDatabase,
  GraphQLClient,
  TEST_ADMIN_PASSWORD,
  testEngine,
  type TestDatabase,
} from '../../test-support/test-app.js';
import { captureLog } from '../../test-support/log-capture.js';
import { User } from './user.entity.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { username roles } } }`;

/** What `pnpm start --demo 40` does: seed-demo on the empty database, then the server. */
async function startWithDemo(db: TestDatabase): Promise<RunningApp> {
  const orm = await openDatabase(db.config);
  try {
    await generateDemo(orm, {
      engine: db.config.engine,
      sqliteFile: db.config.engine === 'sqlite' ? db.config.databaseUrl : undefined,
      transactions: 40,
      seed: 3,
    });
  } finally {
    await orm.close();
  }
  return startApp(db.config);
}

async function signIn(app: RunningApp, login: string, password: string) {
  return new GraphQLClient(`${app.url}/graphql`, {}).graphql<{
    signIn: { user: { username: string; roles: string[] } };
  }>(SIGN_IN, { input: { login, password } });
}

describe(`first admin after start --demo (${testEngine})`, () => {
  let db: TestDatabase | undefined;
  let app: RunningApp | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await app?.close();
    await db?.drop();
    app = undefined;
    db = undefined;
  });

  it('creates admin with MASAR_ADMIN_PASSWORD after the demo seeder made its users', async () => {
    db = await createTestDatabase();
    app = await startWithDemo(db);
    const res = await signIn(app, 'admin', TEST_ADMIN_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.user).toEqual({ username: 'admin', roles: ['ADMIN'] });
    // The demo users are there too.
    expect(await app.orm.em.fork().count(User, { username: 'manager1' })).toBe(1);

    // A restart neither creates a second admin nor changes the password, and says the
    // variable was not used instead of ignoring it silently.
    const log = captureLog();
    await app.close();
    app = await startApp({ ...db.config, adminPassword: 'another-password-entirely' });
    expect(log.text()).toMatch(/MASAR_ADMIN_PASSWORD is set but was not used/);
    log.restore();
    expect(await app.orm.em.fork().count(User, { username: 'admin' })).toBe(1);
    expect((await signIn(app, 'admin', TEST_ADMIN_PASSWORD)).errors).toBeUndefined();
    expect((await signIn(app, 'admin', 'another-password-entirely')).errors).toBeDefined();
  });

  it('without MASAR_ADMIN_PASSWORD, prints a generated password that signs in', async () => {
    db = await createTestDatabase();
    db.config = { ...db.config, adminPassword: undefined };
    const log = captureLog();
    app = await startWithDemo(db);
    log.restore();
    const printed = log.text().match(/created the user "admin" with the password (\S+)/);
    expect(printed).not.toBeNull();
    // Shown to whoever started the server as plain text, never as a field of a JSON log line.
    const showing = log.lines.filter((line) => line.includes(printed![1]!));
    expect(showing).toHaveLength(1);
    expect(() => JSON.parse(showing[0]!)).toThrow();
    expect(log.lines.some((line) => /^\{.*created the user \\"admin\\"/.test(line))).toBe(true);
    const res = await signIn(app, 'admin', printed![1]!);
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.user.roles).toEqual(['ADMIN']);
  });
});
