import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, repoRoot, startServer, type RunningServer } from '../support/server.js';

/** A GET whose body is kept as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const COUNTS =
  '{ activePolicy { id channels { id } tools { id } steps { id } approval { id approvedOnGregorian approvedOnHijri } } }';
interface Counts {
  activePolicy: {
    channels: unknown[];
    tools: unknown[];
    steps: unknown[];
    approval: { approvedOnGregorian: string; approvedOnHijri: string };
  };
}

describe('the built app serves the SPA and /graphql on one port, as `pnpm start` runs it', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  it('serves the SPA at / and at history routes such as /policy', async () => {
    for (const route of ['/', '/policy']) {
      const res = await fetch(`${server.url}${route}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toMatch(/<div id="app">/);
    }
  });

  it('sends the built scripts and styles precompressed (brotli, gzip) and caches them a year, the page never', async () => {
    const page = await rawGet(`${server.url}/policy`, { accept: 'text/html' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const assets = [
      ...page.body.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g),
    ];
    expect(assets.length).toBeGreaterThan(2);
    for (const [, asset] of assets) {
      const file = fs.readFileSync(path.join(repoRoot, 'client/dist', asset!));
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
        ['gzip', 'gzip', zlib.gunzipSync],
        ['identity', undefined, (b: Buffer) => b],
      ] as const) {
        const res = await rawGet(`${server.url}${asset}`, { 'accept-encoding': accept });
        // Under a kilobyte a file is not worth compressing, and goes as it is.
        const expected = file.length < 1024 ? undefined : encoding;
        expect(res.headers['content-encoding'], `${asset} ${accept}`).toBe(expected);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect((expected ? decode(res.body) : res.body).equals(file), `${asset} ${accept}`).toBe(
          true,
        );
      }
    }
  });

  it('sends security headers on every response (CSP, frame-ancestors, nosniff, referrer policy)', async () => {
    for (const route of ['/healthz', '/policy', '/graphql?query=%7B__typename%7D']) {
      const res = await fetch(`${server.url}${route}`, {
        headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
      });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, route).toContain("script-src 'self'");
      expect(csp, route).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), route).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), route).toBeNull();
    }
  });

  it('prints the generated first admin password once, on the first start only', async () => {
    // startServer runs without MASAR_ADMIN_PASSWORD: the first start generates one.
    expect(server.output).toMatch(/created the user "admin" with the password (\S+)/);
  });

  it('answers GraphQL with the loaded policy', async () => {
    const res = await graphql<Counts>(server.url, COUNTS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.activePolicy.channels).toHaveLength(8);
    expect(res.data!.activePolicy.tools).toHaveLength(4);
    expect(res.data!.activePolicy.steps).toHaveLength(7);
    expect(res.data!.activePolicy.approval).toMatchObject({
      approvedOnGregorian: '2024-08-15',
      approvedOnHijri: '1446-02-11',
    });
  });

  it('refuses a simple cross-site-style GET without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ activePolicy { id } }')}`,
    );
    expect(res.status).toBe(400);
  });

  it('keeps the data across a restart on the same data directory and adds nothing', async () => {
    const password = /with the password (\S+)/.exec(server.output)![1]!;
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    expect(server.output).not.toMatch(/created the user "admin"/);
    const signIn = await graphql<{ signIn: { user: { username: string } } }>(
      server.url,
      'mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }',
      { i: { login: 'admin', password } },
    );
    expect(signIn.data!.signIn.user.username).toBe('admin');
    const res = await graphql<Counts>(server.url, COUNTS);
    expect(res.data!.activePolicy.channels).toHaveLength(8);
    const versions = await graphql<{ v2: unknown }>(
      server.url,
      '{ v2: policyVersion(number: 2) { id } }',
    );
    expect(versions.data!.v2).toBeNull();
  });
});
