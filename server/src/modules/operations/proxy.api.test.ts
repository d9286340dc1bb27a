/**
 * The production topology with processes (issue 15 item 12, where Docker cannot run): one
 * PostgreSQL database, two server processes on it sharing one data directory, and nginx in front
 * running deploy/nginx.conf itself (its ports, upstream addresses and certificate replaced by the
 * test's own) over HTTPS with a throwaway certificate. Requests come from 127.0.0.2, so the address
 * the app records tells the client from the proxy (127.0.0.1). Which instance answered is read
 * from the instances' own request logs (the X-Request-Id the answer carries).
 * PostgreSQL only; needs nginx (Debian's nginx-light) and openssl on the machine.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  testEngine,
  TEST_ADMIN_PASSWORD,
  type TestDatabase,
} from '../../test-support/test-app.js';
import {
  freePort,
  serverRoot,
  startServerProcess,
  type ServerProcess,
} from '../../test-support/server-process.js';
import { openDatabase } from '../../db/orm.js';

const SITE_FILE = path.resolve(serverRoot, '../deploy/nginx.conf');
const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) =>
  fs.existsSync(p),
);
const CLIENT_ADDRESS = '127.0.0.2';
const HOST = 'masar.example.org';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request from CLIENT_ADDRESS; https with the test's certificate (not verified). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: { host: HOST, ...options.headers },
        localAddress: CLIENT_ADDRESS,
        rejectUnauthorized: false,
        servername: HOST,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const graphql = (base: string, query: string, variables: object, headers = {}) =>
  send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

/** deploy/nginx.conf with the machine's values replaced; fails if a replaced line is gone. */
function siteFor(ports: { http: number; https: number }, a: string, b: string, dir: string) {
  let site = fs.readFileSync(SITE_FILE, 'utf8');
  const replace = (from: RegExp, to: string) => {
    expect(site, `deploy/nginx.conf should match ${from}`).toMatch(from);
    site = site.replace(from, to);
  };
  replace(/listen 80;/, `listen 127.0.0.1:${ports.http};`);
  replace(/listen 443 ssl/, `listen 127.0.0.1:${ports.https} ssl`);
  replace(/server 127\.0\.0\.1:4001/, `server ${new URL(a).host}`);
  replace(/server 127\.0\.0\.1:4002/, `server ${new URL(b).host}`);
  replace(/ssl_certificate \S+;/, `ssl_certificate ${dir}/cert.pem;`);
  replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${dir}/key.pem;`);
  return site;
}

/** Starts nginx on a generated main configuration that includes the site; temp paths only. */
async function startNginx(site: string, dir: string, port: number): Promise<ChildProcess> {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`,
    '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`,
  ], { stdio: 'ignore' }); // prettier-ignore
  // Worker processes run as `nobody` when the test runs as root: they need the temp folders.
  fs.chmodSync(dir, 0o755);
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => {
    fs.mkdirSync(path.join(dir, t), { mode: 0o777 });
    fs.chmodSync(path.join(dir, t), 0o777);
    return `${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`;
  });
  fs.writeFileSync(path.join(dir, 'masar.conf'), site);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      ...temp.map((t) => `  ${t}`),
      `  include ${dir}/masar.conf;`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`];
  execFileSync(nginxBinary!, [...args, '-t'], { stdio: 'pipe' });
  const child = spawn(nginxBinary!, [...args, '-g', `daemon off; pid ${dir}/nginx.pid;`], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(!!socket.end()));
      socket.on('error', () => resolve(false));
    });
    if (open) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${fs.readFileSync(`${dir}/error.log`, 'utf8')}`);
}

const ME = '{ me { username } }';

describe.skipIf(testEngine !== 'postgresql' || !nginxBinary)(
  'two instances on one PostgreSQL behind nginx (deploy/nginx.conf)',
  () => {
    let db: TestDatabase;
    let a: ServerProcess;
    let b: ServerProcess;
    let nginx: ChildProcess;
    let dir: string;
    let proxy: string;
    let plain: string;
    let cookie: string;

    /** Which instance logged the request with this id (its log line may follow the answer). */
    const servedBy = async (requestId: string) => {
      for (let i = 0; i < 50; i++) {
        const by =
          (a.output().includes(requestId) ? 'a' : '') + (b.output().includes(requestId) ? 'b' : '');
        if (by) return by;
        await new Promise((r) => setTimeout(r, 50));
      }
      return 'neither';
    };

    beforeAll(async () => {
      db = await createTestDatabase();
      const env = { MASAR_TRUST_PROXY: 'loopback' };
      a = await startServerProcess(db.config, env);
      b = await startServerProcess(db.config, env);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-nginx-'));
      const ports = { http: await freePort(), https: await freePort() };
      nginx = await startNginx(siteFor(ports, a.url, b.url, dir), dir, ports.https);
      proxy = `https://127.0.0.1:${ports.https}`;
      plain = `http://127.0.0.1:${ports.http}`;
    }, 120_000);

    afterAll(async () => {
      nginx?.kill('SIGQUIT');
      for (const s of [a, b]) if (s && s.child.exitCode === null) s.child.kill('SIGTERM');
      await Promise.all([a?.exited, b?.exited]);
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      await db?.drop();
    });

    it('plain HTTP is sent to HTTPS', async () => {
      const res = await send(`${plain}/policy`);
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe(`https://${HOST}/policy`);
    });

    it('one sign-in through the proxy: HTTPS seen by the app, the session good on both instances', async () => {
      const signIn = await graphql(
        proxy,
        'mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }',
        { i: { login: 'admin', password: TEST_ADMIN_PASSWORD } },
        // A client naming its own address: the proxy overwrites it.
        { 'x-forwarded-for': '203.0.113.9' },
      );
      expect(JSON.parse(signIn.body)).toMatchObject({
        data: { signIn: { user: { username: 'admin' } } },
      });
      const setCookie = signIn.headers['set-cookie']![0]!;
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(signIn.headers['strict-transport-security']).toContain('max-age=');
      cookie = setCookie.split(';')[0]!;

      const servers = new Set<string>();
      for (let i = 0; i < 8; i++) {
        const res = await graphql(proxy, ME, {}, { cookie });
        expect(JSON.parse(res.body)).toEqual({ data: { me: { username: 'admin' } } });
        servers.add(await servedBy(String(res.headers['x-request-id'])));
      }
      // Round robin: both instances answered, each request exactly one of them.
      expect([...servers].sort()).toEqual(['a', 'b']);
    });

    it('the app records the client’s own address, not the proxy’s nor the one the client claimed', async () => {
      const orm = await openDatabase(db.config, { seed: false });
      try {
        const rows = (await orm.em
          .getConnection()
          .execute('select ip from session order by id desc limit 1')) as { ip: string }[];
        expect(rows[0]!.ip).toBe(CLIENT_ADDRESS);
      } finally {
        await orm.close(true);
      }
    });

    it('/readyz of each instance, and through the proxy', async () => {
      for (const s of [a, b]) {
        const res = await fetch(`${s.url}/readyz`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: 'ready' });
      }
      const res = await send(`${proxy}/readyz`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ status: 'ready' });
    });

    it('an instance stops: the proxy carries on with the other, the session still good', async () => {
      b.child.kill('SIGTERM');
      expect(await b.exited).toEqual({ code: 0, signal: null });
      for (let i = 0; i < 6; i++) {
        const res = await graphql(proxy, ME, {}, { cookie });
        expect(res.status).toBe(200);
        expect(JSON.parse(res.body)).toEqual({ data: { me: { username: 'admin' } } });
        expect(await servedBy(String(res.headers['x-request-id']))).toBe('a');
      }
    });
  },
);
