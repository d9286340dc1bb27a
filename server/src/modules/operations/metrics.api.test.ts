/**
 * GET /metrics over real HTTP: absent without MASAR_METRICS_TOKEN, refused without the token,
 * and the families Prometheus scrapes, moving as requests arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../../test-support/test-app.js';
import { BackupRun } from './backup-run.entity.js';
import { BackupRunStatus, BackupTrigger } from './backup.enums.js';

const TOKEN = 'metrics-test-token-0123456789';

/** The value of one sample (`name{labels} value`), 0 when the series is not there yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe(`metrics at /metrics (${testEngine})`, () => {
  describe('without MASAR_METRICS_TOKEN', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await TestServer.start();
    });
    afterAll(async () => server?.stop());

    it('answers 404, token or not', async () => {
      const tries: Record<string, string>[] = [{}, { authorization: `Bearer ${TOKEN}` }];
      for (const headers of tries) {
        const res = await fetch(`${server.app.url}/metrics`, { headers });
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain('masar_');
      }
    });
  });

  describe('with MASAR_METRICS_TOKEN', () => {
    let server: TestServer;
    const scrape = async () => {
      const res = await fetch(`${server.app.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      return res.text();
    };
    beforeAll(async () => {
      server = await TestServer.start({ metricsToken: TOKEN, anonymousRateLimitPerMinute: 3 });
    });
    afterAll(async () => server?.stop());

    it('answers 401 without the token or with another one', async () => {
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}x`,
        `Bearer ${TOKEN.slice(0, -1)}`,
        'Bearer ',
        `Basic ${Buffer.from(`metrics:${TOKEN}`).toString('base64')}`,
        TOKEN,
      ]) {
        const res = await fetch(`${server.app.url}/metrics`, {
          headers: authorization === undefined ? {} : { authorization },
        });
        expect(res.status, authorization).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await res.text()).not.toContain('masar_');
      }
    });

    it('has every family: requests, durations, refusals, statements, event-loop lag, read pool, backups', async () => {
      const text = await scrape();
      for (const family of [
        'masar_http_requests_total',
        'masar_http_request_duration_seconds',
        'masar_rate_limit_refusals_total',
        'masar_db_statement_duration_seconds',
        'masar_read_pool_queued',
        'masar_backup_age_seconds',
        'nodejs_eventloop_lag_seconds',
        'nodejs_eventloop_lag_p99_seconds',
        'process_resident_memory_bytes',
      ]) {
        expect(text, family).toContain(`# TYPE ${family} `);
      }
      expect(sample(text, 'masar_read_pool_queued')).toBe(0);
    });

    it('counts a GraphQL operation under its name, statements under their kind, and any other name as other', async () => {
      const admin = await server.admin();
      const me = 'masar_http_requests_total{route="graphql",operation="Me",status="200"}';
      const other = 'masar_http_requests_total{route="graphql",operation="other",status="200"}';
      const meSeconds = 'masar_http_request_duration_seconds_count{route="graphql",operation="Me"}';
      const selects = 'masar_db_statement_duration_seconds_count{kind="select",connection="orm"}';
      const before = await scrape();
      expect((await admin.graphql('query Me { me { id } }')).errors).toBeUndefined();
      expect((await admin.graphql('query Ali_1012345678 { me { id } }')).errors).toBeUndefined();
      const after = await scrape();
      expect(sample(after, me)).toBe(sample(before, me) + 1);
      expect(sample(after, meSeconds)).toBe(sample(before, meSeconds) + 1);
      expect(sample(after, other)).toBeGreaterThanOrEqual(sample(before, other) + 1);
      expect(sample(after, selects)).toBeGreaterThan(sample(before, selects));
      // Never a client's own name, never a raw path.
      expect(after).not.toContain('Ali_1012345678');
      expect(after).not.toMatch(/route="\//);
    });

    it('gives the age of the last successful backup, +Inf while there is none', async () => {
      expect(await scrape()).toMatch(/^masar_backup_age_seconds \+Inf$/m);
      const em = server.app.orm.em.fork();
      const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
      em.create(BackupRun, {
        trigger: BackupTrigger.MANUAL,
        status: BackupRunStatus.OK,
        startedAt: minutesAgo(32),
        finishedAt: minutesAgo(30),
      });
      // A later failed run does not make the backup any younger.
      em.create(BackupRun, {
        trigger: BackupTrigger.MANUAL,
        status: BackupRunStatus.FAILED,
        startedAt: minutesAgo(5),
        finishedAt: minutesAgo(4),
      });
      await em.flush();
      const age = sample(await scrape(), 'masar_backup_age_seconds');
      expect(age).toBeGreaterThanOrEqual(30 * 60);
      expect(age).toBeLessThan(31 * 60);
    });

    it('counts rate-limit refusals', async () => {
      const series = 'masar_rate_limit_refusals_total{caller="anonymous"}';
      const before = sample(await scrape(), series);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await server.client().post('{ __typename }')).status);
      }
      const refused = statuses.filter((s) => s === 429).length;
      expect(refused).toBeGreaterThan(0);
      expect(sample(await scrape(), series)).toBe(before + refused);
    });
  });
});
