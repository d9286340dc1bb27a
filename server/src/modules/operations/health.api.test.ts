/**
 * /healthz and /readyz over real HTTP: who sees what, and readiness failing when the data
 * directory cannot be written or a stop has begun.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../../test-support/test-app.js';

async function readyz(server: TestServer, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.app.url}/readyz`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe(`health and readiness probes (${testEngine})`, () => {
  it('status for anyone; the checks for an administrator only', async () => {
    const server = await TestServer.start();
    try {
      expect(await readyz(server)).toEqual({ status: 200, body: { status: 'ready' } });
      const analyst = await server.userWithRoles(['ANALYST']);
      expect(await readyz(server, analyst.headers)).toEqual({
        status: 200,
        body: { status: 'ready' },
      });
      const admin = await server.admin();
      const detailed = await readyz(server, admin.headers);
      expect(detailed.status).toBe(200);
      expect(detailed.body).toMatchObject({
        status: 'ready',
        checks: {
          database: { ok: true },
          migrations: { ok: true, pending: [], newerThanThisCode: [] },
          dataDirectory: { ok: true },
        },
      });
      const health = await fetch(`${server.app.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      await server.stop();
    }
  });

  it('a data directory that cannot be written: 503, and the administrator sees which check', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-readyz-'));
    const server = await TestServer.start({ dataDir });
    try {
      const admin = await server.admin();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.writeFileSync(dataDir, 'not a directory');
      expect(await readyz(server)).toEqual({ status: 503, body: { status: 'not ready' } });
      const detailed = await readyz(server, admin.headers);
      expect(detailed.status).toBe(503);
      expect(detailed.body).toMatchObject({
        checks: { database: { ok: true }, dataDirectory: { ok: false } },
      });
    } finally {
      fs.rmSync(dataDir, { force: true });
      await server.stop();
    }
  });

  it('backups scheduled but none succeeded: 200 "degraded", the backup check failing for the administrator', async () => {
    const blocked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'masar-nobackup-')), 'file');
    fs.writeFileSync(blocked, 'not a directory');
    const server = await TestServer.start({
      backupTime: '02:30',
      backupDir: path.join(blocked, 'backups'),
    });
    try {
      const admin = await server.admin();
      // The missed backup the start takes fails (its folder cannot be made): wait for its record.
      let detailed = await readyz(server, admin.headers);
      for (
        let i = 0;
        i < 100 &&
        !(
          'lastRun' in
            ((detailed.body.checks as Record<string, Record<string, unknown>>)?.backup ?? {}) &&
          (detailed.body.checks as Record<string, Record<string, unknown>>).backup!.lastRun ===
            'FAILED'
        );
        i++
      ) {
        await new Promise((r) => setTimeout(r, 100));
        detailed = await readyz(server, admin.headers);
      }
      expect(detailed.status).toBe(200);
      expect(detailed.body).toMatchObject({
        status: 'degraded',
        checks: {
          database: { ok: true },
          backup: { ok: false, lastRun: 'FAILED', lastSuccessAt: null },
        },
      });
      expect(await readyz(server)).toEqual({ status: 200, body: { status: 'degraded' } });
    } finally {
      await server.stop();
      fs.rmSync(path.dirname(blocked), { recursive: true, force: true });
    }
  });

  it('once a stop has begun: 503 "stopping", so a proxy sends nothing more here', async () => {
    const server = await TestServer.start();
    const closing = server.app.close();
    try {
      expect(await readyz(server)).toEqual({ status: 503, body: { status: 'stopping' } });
    } finally {
      await closing;
      await server.db.drop();
    }
  });
});
