/**
 * The probes an operator points a supervisor or a proxy at:
 * - `GET /healthz`: the process answers (liveness). Never touches the database.
 * - `GET /readyz`: the database answers, its migrations are the code's, the data directory takes
 *   a write, and every further check registered passes; 503 otherwise, and from the moment a
 *   stop begins. A stale backup (with a daily schedule) makes it 200 `degraded`: an alert, not a
 *   reason for a proxy to stop sending requests. Anyone sees the status; the details (which check, how
 *   long it took, what is pending) only a signed-in administrator (session or API token). No
 *   personal data is in either.
 */
import { Router, type Request } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import {
  authenticate,
  requestCredentials,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { Role } from '../common/role.js';
import { backupReadiness } from './backup-readiness.js';
import type { Drain } from './shutdown.js';
import { probeWritable } from './start-failure.js';

/** One check's verdict; `detail` is shown to administrators only. */
export interface CheckResult {
  ok: boolean;
  detail?: Record<string, unknown>;
}

/** A readiness check beyond the built-in ones (e.g. the backups' age). */
export type ReadinessCheck = (orm: MikroORM) => Promise<CheckResult>;

/**
 * Checks whose failure makes the answer `degraded` (still 200) rather than `not ready` (503):
 * something to alert on, not a reason to stop serving.
 */
const ADVISORY_CHECKS = new Set(['backup']);

/** A check that takes longer than this has failed (a database that hangs is not ready). */
const CHECK_TIMEOUT_MS = 3_000;

async function timed(check: () => Promise<CheckResult>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      check(),
      new Promise<CheckResult>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, detail: { problem: 'timed out' } }),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { ...result, detail: { ...result.detail, ms: Math.round(performance.now() - started) } };
  } catch (err) {
    // The error's name only: a driver's message can quote a statement or a URL with a password.
    return {
      ok: false,
      detail: {
        problem: err instanceof Error ? err.name : 'error',
        ms: Math.round(performance.now() - started),
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

async function databaseAnswers(orm: MikroORM): Promise<CheckResult> {
  await orm.em.getConnection().execute('select 1');
  return { ok: true };
}

/** The migrations the code knows against those the database has run (cached: they change at start only). */
function migrationsCheck(orm: MikroORM): () => Promise<CheckResult> {
  let cached: { at: number; result: CheckResult } | null = null;
  return async () => {
    if (cached && Date.now() - cached.at < 30_000) return cached.result;
    const migrator = orm.getMigrator();
    const pending = (await migrator.getPendingMigrations()).map((m) => m.name);
    const known = new Set((orm.config.get('migrations').migrationsList ?? []).map((m) => m.name));
    const executed = (await migrator.getExecutedMigrations()).map((m) => m.name);
    const unknown = executed.filter((name) => !known.has(name.replace(/\.[jt]s$/, '')));
    const result = {
      ok: pending.length === 0 && unknown.length === 0,
      detail: { pending, newerThanThisCode: unknown },
    };
    cached = { at: Date.now(), result };
    return result;
  };
}

/** The data directory takes a small file (not writable, read-only or full: not ready). */
async function dataDirWritable(dataDir: string): Promise<CheckResult> {
  await probeWritable(dataDir);
  return { ok: true };
}

export function healthRouter(options: {
  orm: MikroORM;
  config: Pick<Config, 'dataDir' | 'backupTime'>;
  sessions: SessionSettings;
  drain: Drain;
  checks?: Record<string, ReadinessCheck>;
}): Router {
  const { orm, config, sessions, drain } = options;
  const router = Router();
  const migrations = migrationsCheck(orm);

  /** Whether the caller is a signed-in administrator (who may read the details). */
  const isAdmin = async (req: Request): Promise<boolean> => {
    const credentials = requestCredentials(req.headers);
    if (!credentials.bearerToken && !credentials.sessionToken) return false;
    const auth = await authenticate(orm.em.fork(), credentials, sessions).catch(() => null);
    return auth?.user.roles.includes(Role.ADMIN) ?? false;
  };

  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const entries: [string, () => Promise<CheckResult>][] = [
      ['database', () => databaseAnswers(orm)],
      ['migrations', migrations],
      ['dataDirectory', () => dataDirWritable(config.dataDir)],
      ['backup', () => backupReadiness(orm, config)],
      ...Object.entries(options.checks ?? {}).map(
        ([name, check]): [string, () => Promise<CheckResult>] => [name, () => check(orm)],
      ),
    ];
    const results = await Promise.all(
      entries.map(async ([name, check]) => [name, await timed(check)] as const),
    );
    const stopping = drain.stopping;
    const failing = results.filter(([, r]) => !r.ok).map(([name]) => name);
    const ready = !stopping && failing.every((name) => ADVISORY_CHECKS.has(name));
    // A stale backup is said ("degraded", 200) but does not take the instance out of the proxy:
    // every instance would fail it at once, and the desk would stop over a backup.
    const status = stopping
      ? 'stopping'
      : !ready
        ? 'not ready'
        : failing.length
          ? 'degraded'
          : 'ready';
    res.status(ready ? 200 : 503);
    if (!(await isAdmin(req))) return res.json({ status });
    res.json({
      status,
      checks: Object.fromEntries(results.map(([name, r]) => [name, { ok: r.ok, ...r.detail }])),
    });
  });
  return router;
}
