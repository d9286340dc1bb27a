/**
 * Serving behind HTTPS (HSTS, Secure cookies, trusted proxies) and from an install path with a
 * dot-directory in it, tried over real HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD, TestServer, testEngine } from './test-support/test-app.js';
import { HSTS } from './http.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

async function signInWith(server: TestServer, headers: Record<string, string>) {
  const res = await fetch(`${server.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { login: 'admin', password: TEST_ADMIN_PASSWORD } },
    }),
  });
  expect(res.status).toBe(200);
  return {
    cookie: res.headers.get('set-cookie') ?? '',
    hsts: res.headers.get('strict-transport-security'),
  };
}

const isSecure = (cookie: string) => /;\s*secure/i.test(cookie);

describe(`HTTPS: HSTS and a Secure session cookie (${testEngine})`, () => {
  it('behind a trusted proxy that says https: HSTS and Secure; over plain http: neither', async () => {
    const server = await TestServer.start({ trustProxy: 'loopback' });
    try {
      const https = await signInWith(server, { 'x-forwarded-proto': 'https' });
      expect(https.hsts).toBe(HSTS);
      expect(isSecure(https.cookie)).toBe(true);
      const page = await fetch(`${server.app.url}/healthz`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(page.headers.get('strict-transport-security')).toBe(HSTS);

      const http = await signInWith(server, {});
      expect(http.hsts).toBeNull();
      expect(isSecure(http.cookie)).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('without trust proxy, X-Forwarded-Proto is ignored: no HSTS, no Secure', async () => {
    const server = await TestServer.start({ trustProxy: false });
    try {
      const forged = await signInWith(server, { 'x-forwarded-proto': 'https' });
      expect(forged.hsts).toBeNull();
      expect(isSecure(forged.cookie)).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('MASAR_HTTPS=true: HSTS and Secure whatever the request says', async () => {
    const server = await TestServer.start({ forceHttps: true });
    try {
      const forced = await signInWith(server, {});
      expect(forced.hsts).toBe(HSTS);
      expect(isSecure(forced.cookie)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

describe(`installed under a path with a dot-directory (${testEngine})`, () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-dot-'));
  const home = path.join(base, '.apps', 'masar');
  const clientDist = path.join(home, 'client', 'dist');
  const dataDir = path.join(home, '.local', 'share', 'masar');
  let server: TestServer;

  beforeAll(async () => {
    fs.mkdirSync(path.join(clientDist, 'assets'), { recursive: true });
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(
      path.join(clientDist, 'index.html'),
      '<!doctype html><title>Masar SPA</title>',
    );
    fs.writeFileSync(
      path.join(clientDist, 'explorer.html'),
      '<!doctype html><title>Masar explorer</title>',
    );
    fs.writeFileSync(path.join(clientDist, 'assets', 'app.js'), 'console.log(1)');
    server = await TestServer.start({
      clientDist,
      dataDir,
      ...(testEngine === 'sqlite' ? { databaseUrl: path.join(dataDir, 'masar.sqlite') } : {}),
    });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('serves the SPA for / and for a history route, its assets, and the explorer', async () => {
    for (const address of ['/', '/transactions/42', '/library/volunteer-guide']) {
      const res = await fetch(`${server.app.url}${address}`, { headers: { accept: 'text/html' } });
      expect(res.status, address).toBe(200);
      expect(await res.text()).toContain('Masar SPA');
    }
    const asset = await fetch(`${server.app.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    const analyst = await server.userWithRoles(['ANALYST']);
    const explorer = await fetch(`${server.app.url}/explorer`, { headers: analyst.headers });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('Masar explorer');
  });

  it('stores and downloads an attachment from a data directory under a dot-directory', async () => {
    const admin = await server.admin();
    const doc = await admin.graphql<{ libraryDocument: { id: string } }>(
      '{ libraryDocument(slug: "support-request-form") { id } }',
    );
    const pdf = Buffer.from('%PDF-1.7\nhello\n%%EOF\n');
    const up = await fetch(
      `${server.app.url}/api/library/documents/${doc.data!.libraryDocument.id}/attachments`,
      {
        method: 'POST',
        headers: { 'x-masar-upload': '1', 'x-filename': 'a.pdf', ...admin.headers },
        body: new Uint8Array(pdf),
      },
    );
    expect(up.status).toBe(201);
    const { attachment } = (await up.json()) as { attachment: { downloadUrl: string } };
    expect(fs.readdirSync(path.join(dataDir, 'attachments'))).toHaveLength(1);
    const down = await fetch(`${server.app.url}${attachment.downloadUrl}`, {
      headers: admin.headers,
    });
    expect(down.status).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
