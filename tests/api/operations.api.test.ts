/**
 * The built app as `pnpm start` runs it, probed and stopped as an operator would: health and
 * readiness, wrong probe paths that fail loudly, and SIGTERM to the wrapper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';

describe('probes and addresses of the built app', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  it('/healthz and /readyz answer in JSON; the details are for administrators only', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('a wrong probe path is a 404 in JSON, not the app with 200', async () => {
    for (const probe of ['/health', '/ready', '/readyz/x', '/status', '/admin/nothing']) {
      const res = await fetch(`${server.url}${probe}`);
      expect(res.status, probe).toBe(404);
      expect(res.headers.get('content-type'), probe).toMatch(/application\/json/);
      expect(await res.json(), probe).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    }
  });

  it("the app's pages are the app (200); an unknown address is the app's not-found page with 404", async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    for (const page of [
      '/',
      '/policy',
      '/beneficiaries/12',
      '/transactions/T-2026-000001',
      '/s/abc',
    ]) {
      const res = await fetch(`${server.url}${page}`, { headers: browser });
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toMatch(/<div id="app">/);
    }
    for (const page of ['/beneficiaries/abc', '/nowhere', '/policy/versions/x/edit']) {
      const res = await fetch(`${server.url}${page}`, { headers: browser });
      expect(res.status, page).toBe(404);
      expect(await res.text(), page).toMatch(/<div id="app">/);
    }
  });
});

describe("pnpm start's wrapper", () => {
  it("forwards SIGTERM: the requests under way are answered, and it exits with the server's code 0", async () => {
    const server = await startServer();
    const sent = Array.from({ length: 8 }, () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ activePolicy { id steps { id } } }' }),
      }).then(
        (res) => res.status,
        (err: { cause?: { code?: string } }) => err.cause?.code ?? 'failed',
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<number | null>((resolve) =>
      server.process.once('exit', (code) => resolve(code)),
    );
    server.process.kill('SIGTERM');
    expect(await Promise.all(sent)).toEqual(Array(8).fill(200));
    expect(await exited).toBe(0);
  });
});
