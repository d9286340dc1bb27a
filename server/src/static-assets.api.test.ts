/**
 * Issue 16, item 1: what the server sends is compressed (brotli or gzip, as the client accepts),
 * the client's files from their precompressed variants, hashed assets cached for a year and pages
 * never; a streamed CSV export still streams. Over real HTTP (node:http, which leaves the bytes
 * as they were sent: fetch would decompress them).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from './test-support/test-app.js';
import { copyTransaction, createBeneficiary, openTransaction } from './test-support/fixtures.js';
import { IMMUTABLE } from './static-assets.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request; the body exactly as it came over the wire. */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const decode = (raw: Raw): Buffer => {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(raw.body);
  if (encoding === 'gzip') return zlib.gunzipSync(raw.body);
  if (encoding) throw new Error(`unexpected encoding ${encoding}`);
  return raw.body;
};

describe(`the client's files: precompressed variants and caching (${testEngine})`, () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-static-'));
  const script = Buffer.from(`export const message = ${JSON.stringify('مسار '.repeat(2000))};\n`);
  const name = 'assets/main-Ab12Cd34.js';
  let server: TestServer;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      `<!doctype html><title>Masar SPA</title><script type="module" src="/${name}"></script>`,
    );
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // As client/vite.config.ts writes them: the file, and its .br and .gz beside it.
    fs.writeFileSync(path.join(dist, name), script);
    fs.writeFileSync(path.join(dist, `${name}.br`), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dist, `${name}.gz`), zlib.gzipSync(script));
    server = await TestServer.start({ clientDist: dist });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli file, the gzip file or the file itself, as the client accepts', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['br;q=1.0, gzip;q=0.8', 'br'],
      ['gzip', 'gzip'],
      ['gzip;q=1, br;q=0', 'gzip'],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const res = await request(`${server.app.url}/${name}`, {
        headers: accept ? { 'accept-encoding': accept } : {},
      });
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe(expected);
      expect(res.headers['content-type'], accept).toMatch(/javascript/);
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control'], accept).toBe(IMMUTABLE);
      if (expected) expect(res.body.length).toBeLessThan(script.length / 5);
      expect(decode(res).equals(script), accept).toBe(true);
    }
  });

  it('never caches a page: index.html, the SPA routes and an unknown address', async () => {
    for (const address of ['/', '/index.html', '/policy', '/no/such/page']) {
      const res = await request(`${server.app.url}${address}`, {
        headers: { accept: 'text/html', 'accept-encoding': 'br' },
      });
      expect(res.headers['cache-control'], address).toBe('no-cache');
      expect(decode(res).toString(), address).toContain('Masar SPA');
    }
    const favicon = await request(`${server.app.url}/favicon.svg`);
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers anything but a read of a file as before, never marked as compressed', async () => {
    const post = await request(`${server.app.url}/${name}`, {
      method: 'POST',
      headers: { 'accept-encoding': 'br', accept: 'application/json' },
    });
    expect(post.status).toBe(404);
    expect(JSON.parse(decode(post).toString())).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    const gone = await request(`${server.app.url}/assets/main-00000000.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(gone.status).toBe(404);
    const malformed = await request(`${server.app.url}/assets/%E0%A4%A`, {
      headers: { 'accept-encoding': 'br', accept: 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(decode(malformed).toString())).toHaveProperty('errors');
  });
});

describe(`GraphQL and the CSV export, compressed on the fly (${testEngine})`, () => {
  const TOTAL = 6001;
  let server: TestServer;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'compression-staff');
    const beneficiaryId = await createBeneficiary(staff, '107788991', 'نورة سعد القحطاني');
    const first = await openTransaction(staff, beneficiaryId, 'PHONE');
    // The others are copies of the first, made by one statement.
    await copyTransaction(server, first.id, TOTAL - 1, 200000);
  });
  afterAll(async () => server?.stop());

  const graphql = (query: string, acceptEncoding: string) =>
    request(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      body: JSON.stringify({ query }),
    });

  it('compresses a large GraphQL answer, brotli or gzip; a small one goes as it is', async () => {
    const policy =
      '{ activePolicy { id steps { id key title { ar en } text { ar en } checklist { id } } channels { id key } } }';
    const br = await graphql(policy, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const data = decode(br);
    expect(br.body.length).toBeLessThan(data.length / 2);
    expect(JSON.parse(data.toString()).data.activePolicy.steps).toHaveLength(7);
    const gzip = await graphql(policy, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip).equals(data)).toBe(true);
    const plain = await graphql(policy, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(data)).toBe(true);

    const small = await graphql('{ __typename }', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('streams the CSV export compressed: the first rows arrive while the rest is being written', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const { firstText, completeAtFirst, text, headers } = await new Promise<{
        firstText: string;
        completeAtFirst: boolean;
        text: string;
        headers: http.IncomingHttpHeaders;
      }>((resolve, reject) => {
        const req = http.get(`${server.app.url}/api/export/transactions.csv?lang=en`, {
          headers: { ...staff.headers, 'accept-encoding': 'br' },
        });
        req.on('error', reject);
        req.on('response', (res) => {
          const out: Buffer[] = [];
          let first: { text: string; complete: boolean } | null = null;
          const inflate = zlib.createBrotliDecompress();
          inflate.on('data', (c: Buffer) => {
            out.push(c);
            // What the client could read before the response had ended.
            first ??= { text: c.toString(), complete: res.complete };
          });
          inflate.on('end', () =>
            resolve({
              firstText: first!.text,
              completeAtFirst: first!.complete,
              text: Buffer.concat(out).toString(),
              headers: res.headers,
            }),
          );
          inflate.on('error', reject);
          res.pipe(inflate);
        });
      });
      expect(headers['content-encoding']).toBe('br');
      expect(headers['content-type']).toMatch(/text\/csv/);
      // Each write is flushed: the header line could be read while the export went on.
      expect(firstText.replace(/^\uFEFF/, '')).toMatch(/^Reference,/);
      expect(completeAtFirst).toBe(false);
      const lines = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(1 + TOTAL);
      // Waiting for 'drain' once per batch leaves no listener behind (static-assets.ts).
      expect(warnings.filter((w) => /MaxListeners/.test(w))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
