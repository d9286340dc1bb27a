/**
 * Starts the real server for a test file: a fresh database (a new SQLite file, or a new
 * PostgreSQL database when MASAR_TEST_ENGINE=postgresql), real HTTP on a free port.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig, type Config, type DatabaseEngine } from '../config.js';
import { ormOptions } from '../db/mikro-orm.config.js';
import { configureLogger } from '../logger.js';

// A line per request would bury the test report: warnings and errors only, unless asked for
// (MASAR_TEST_LOG_LEVEL=info). Tests that read the log capture it (log-capture.ts).
configureLogger({
  logLevel: loadConfig({ MASAR_LOG_LEVEL: process.env.MASAR_TEST_LOG_LEVEL || 'warn' }).logLevel,
  logPretty: false,
});

/** The first admin's password in every test database. */
export const TEST_ADMIN_PASSWORD = 'Saffron-Harbour-Lantern-71';

export const testEngine: DatabaseEngine =
  process.env.MASAR_TEST_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';

/** A database of its own for one test file; `drop()` removes it. */
export interface TestDatabase {
  config: Config;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const url = process.env.MASAR_TEST_PG_URL;
  if (!url) throw new Error('MASAR_TEST_ENGINE=postgresql needs MASAR_TEST_PG_URL');
  const orm = await MikroORM.init({ ...ormOptions({ engine: 'postgresql', databaseUrl: url }) });
  try {
    await orm.em.getConnection().execute(sql);
  } finally {
    await orm.close(true);
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-test-'));
  const base = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    MASAR_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    MASAR_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
  });
  if (testEngine === 'sqlite') {
    return {
      config: base,
      async drop() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `masar_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(process.env.MASAR_TEST_PG_URL!);
  url.pathname = `/${name}`;
  return {
    config: { ...base, engine: 'postgresql', databaseUrl: url.toString() },
    async drop() {
      await adminQuery(`drop database if exists ${name} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const TEST_USER_PASSWORD = 'user-test-password';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id username roles } } }`;

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Speaks GraphQL over real HTTP with fixed headers. */
export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly headers: Record<string, string>,
  ) {}

  post(query: string, variables?: Record<string, unknown>): Promise<Response> {
    return fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    return (await (await this.post(query, variables)).json()) as GraphQLResponse<T>;
  }
}

/** A running server over a fresh database, with a small GraphQL client speaking real HTTP. */
export class TestServer {
  private constructor(
    readonly db: TestDatabase,
    public app: RunningApp,
  ) {}

  /** SQL statements logged since the last `resetQueries()`. */
  readonly queries: string[] = [];

  /** `overrides` change settings for this server, e.g. a small rate limit. */
  static async start(overrides: Partial<Config> = {}): Promise<TestServer> {
    const db = await createTestDatabase();
    db.config = { ...db.config, ...overrides };
    const queries: string[] = [];
    const server = new TestServer(
      db,
      await startApp(db.config, { onQuery: (sql) => queries.push(sql) }),
    );
    (server as { queries: string[] }).queries = queries;
    return server;
  }

  resetQueries(): void {
    this.queries.length = 0;
  }

  /** Stops the server and starts it again on the same database (a restart). */
  async restart(): Promise<void> {
    await this.app.close();
    this.app = await startApp(this.db.config, { onQuery: (sql) => this.queries.push(sql) });
  }

  /** An anonymous request. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    return this.client().graphql<T>(query, variables);
  }

  /** A client sending the given headers (a session cookie or a bearer token). */
  client(headers: Record<string, string> = {}): GraphQLClient {
    return new GraphQLClient(`${this.app.url}/graphql`, headers);
  }

  /** Signs in over HTTP and returns a client carrying the session cookie. */
  async signIn(login: string, password: string): Promise<GraphQLClient> {
    const anonymous = this.client();
    const res = await anonymous.post(SIGN_IN, { input: { login, password } });
    const body = (await res.json()) as GraphQLResponse<unknown>;
    if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
    const cookie = res.headers.get('set-cookie');
    if (!cookie) throw new Error('sign-in set no cookie');
    return this.client({ cookie: cookie.split(';')[0]! });
  }

  admin(): Promise<GraphQLClient> {
    return this.signIn('admin', TEST_ADMIN_PASSWORD);
  }

  /** Creates a user with the given roles (as admin) and signs in as them. */
  async userWithRoles(roles: string[], username?: string): Promise<GraphQLClient> {
    const admin = await this.admin();
    const name = username ?? `u${randomBytes(4).toString('hex')}`;
    const created = await admin.graphql<{ userCreate: { errors: unknown[] } }>(
      `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } errors { code message } } }`,
      { input: { username: name, displayName: name, roles, password: TEST_USER_PASSWORD } },
    );
    if (created.errors || created.data!.userCreate.errors.length) {
      throw new Error(`userCreate failed: ${JSON.stringify(created)}`);
    }
    return this.signIn(name, TEST_USER_PASSWORD);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.db.drop();
  }
}
