import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../../test-support/test-app.js';
import { workingCalendar } from '../../modules/calendar/calendar.service.js';
import { readDate } from '../../modules/common/sql-dates.js';
import { generateDemo } from './generate-demo.js';

/**
 * The demo generator counts the committee's window on the working calendar when the policy's
 * committee step counts working days: every request submitted (and not deferred) is due 14
 * working days later, never on a Friday, a Saturday or a holiday.
 */
describe(`demo data on the working calendar (${testEngine})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
    const conn = server.app.orm.em.fork().getConnection();
    await conn.execute(`update handling_step set window_unit = 'WORKING' where key = 'COMMITTEE'`);
    const config = server.db.config;
    await generateDemo(server.app.orm, {
      engine: config.engine,
      sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
      transactions: 1500,
      seed: 7,
      now: new Date('2026-11-20T09:00:00Z'),
    });
  });
  afterAll(async () => server?.stop());

  it('puts each committee due date 14 working days after the submission', async () => {
    const em = server.app.orm.em.fork();
    const rows = await em.getConnection().execute<{ submitted: unknown; due: unknown }[]>(
      `select committee_submitted_at as submitted, committee_due_at as due
         from beneficiary_transaction t
        where committee_due_at is not null
          and not exists (select 1 from transaction_event e
                           where e.transaction_id = t.id and e.kind = 'RESUMED')`,
    );
    expect(rows.length).toBeGreaterThan(100);
    const calendar = await workingCalendar(em);
    for (const row of rows) {
      const submitted = readDate(row.submitted)!;
      const due = readDate(row.due)!;
      expect(calendar.workingDaysBetween(submitted, due)).toBe(14);
      const day = new Date(due.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
      expect(calendar.isWorkingDay(day), day).toBe(true);
    }
  });
});
