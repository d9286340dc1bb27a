import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createBeneficiary, openTransaction, sqlOf } from '../../test-support/fixtures.js';
import { parseCsv } from '../../test-support/csv.js';

/** The value of nearest rank `rank` (1-based) of `values`, as the dashboard ranks stays. */
const nearestRank = (values: number[], rank: number) => [...values].sort((a, b) => a - b)[rank - 1];

/**
 * One definition of a derived fact: the export's days at each step and its committee lateness
 * are the figures the dashboard ranks and counts, for the same transactions.
 */
describe(`the export and the dashboard agree (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'agree-manager');
    const staff = await server.userWithRoles(['STAFF'], 'agree-staff');
    const beneficiaryId = await createBeneficiary(staff, '105566778', 'هند عبدالله الزهراني');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await openTransaction(staff, beneficiaryId, 'PHONE')).id);
    const { conn, event } = await sqlOf(server);
    await conn.execute('delete from transaction_event');
    // Stays in whole tenths of a day (the dashboard's histogram buckets below ten days), some of
    // a fraction of a day, one step visited twice (around a referral), two committee decisions of
    // which one is late.
    const timelines: [string, [string, string, string, unknown?][]][] = [
      [
        ids[0]!,
        [
          ['OPENED', 'RECEPTION', '2026-04-01T06:00:00Z'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-04-02T18:00:00Z'],
          ['STEP_COMPLETED', 'VERIFICATION', '2026-04-03T06:00:00Z'],
          ['ATTESTED', 'ATTESTATION', '2026-04-03T08:24:00Z'],
          ['SUBMITTED_TO_COMMITTEE', 'COMMITTEE', '2026-04-03T08:24:00Z'],
          ['APPROVED', 'COMMITTEE', '2026-04-20T08:24:00Z', { late: true }],
        ],
      ],
      [
        ids[1]!,
        [
          ['OPENED', 'RECEPTION', '2026-04-01T06:00:00Z'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-04-04T06:00:00Z'],
          ['REFERRED', 'VERIFICATION', '2026-04-04T13:12:00Z'],
          ['REFERRAL_RETURNED', 'REFERRAL', '2026-04-06T06:00:00Z'],
          ['STEP_COMPLETED', 'VERIFICATION', '2026-04-07T06:00:00Z'],
        ],
      ],
      [
        ids[2]!,
        [
          ['OPENED', 'RECEPTION', '2026-04-02T06:00:00Z'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-04-02T08:24:00Z'],
          ['STEP_COMPLETED', 'VERIFICATION', '2026-04-12T06:00:00Z'],
          ['ATTESTED', 'ATTESTATION', '2026-04-13T06:00:00Z'],
          ['SUBMITTED_TO_COMMITTEE', 'COMMITTEE', '2026-04-13T06:30:00Z'],
          ['REJECTED', 'COMMITTEE', '2026-04-18T06:30:00Z', { late: false }],
        ],
      ],
      [
        ids[3]!,
        [
          ['OPENED', 'RECEPTION', '2026-04-05T06:00:00Z'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-04-11T13:12:00Z'],
        ],
      ],
    ];
    for (const [transaction, events] of timelines) {
      for (const [kind, step, iso, data] of events) await event(transaction, kind, step, iso, data);
    }
  });
  afterAll(async () => server?.stop());

  it('exports the days at each step that the dashboard ranks, and the same late decisions', async () => {
    const res = await fetch(
      `${server.app.url}/api/export/transactions.csv?${new URLSearchParams({ lang: 'en' })}`,
      { headers: manager.headers },
    );
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(4);
    const board = await manager.graphql<{
      handlingSteps: { key: string; title: { en: string } }[];
      dashboard: {
        stepDurations: {
          stepKey: string;
          transactions: number;
          medianDays: number;
          p90Days: number;
        }[];
        committeeCompliance: { month: string; decisions: number; onTime: number }[];
      };
    }>(
      `query($p: DashboardPeriod!) {
        handlingSteps { key title { en } }
        dashboard(period: $p) {
          stepDurations { stepKey transactions medianDays p90Days }
          committeeCompliance { month decisions onTime }
        }
      }`,
      { p: { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' } },
    );
    expect(board.errors, JSON.stringify(board.errors)).toBeUndefined();
    const { stepDurations, committeeCompliance } = board.data!.dashboard;
    expect(stepDurations.map((d) => d.stepKey)).toEqual([
      'RECEPTION',
      'VERIFICATION',
      'REFERRAL',
      'ATTESTATION',
      'COMMITTEE',
    ]);
    for (const d of stepDurations) {
      const title = board.data!.handlingSteps.find((s) => s.key === d.stepKey)!.title.en;
      const column = header!.indexOf(`Days at: ${title}`);
      expect(column, title).toBeGreaterThan(-1);
      const days = rows
        .map((r) => r[column]!)
        .filter((v) => v !== '')
        .map(Number);
      const n = days.length;
      expect({ step: d.stepKey, transactions: n }).toEqual({
        step: d.stepKey,
        transactions: d.transactions,
      });
      expect({
        step: d.stepKey,
        median: nearestRank(days, Math.floor((n + 1) / 2)),
        p90: nearestRank(days, Math.floor((9 * n + 9) / 10)),
      }).toEqual({ step: d.stepKey, median: d.medianDays, p90: d.p90Days });
    }
    // Reception: 1.5, 3, 0.1 and 6.3 days; verification 0.5, 1.3 (0.3 + 1), 9.9.
    expect(stepDurations[0]).toMatchObject({ medianDays: 1.5, p90Days: 6.3 });
    expect(stepDurations[1]).toMatchObject({ medianDays: 1.3, p90Days: 9.9 });

    const late = header!.indexOf('Decided late');
    const decided = rows.filter((r) => r[late] !== '');
    expect(decided.map((r) => r[late]).sort()).toEqual(['false', 'true']);
    // The trend's month of the period (the others of its year have no decisions).
    const month = committeeCompliance.find((m) => m.decisions > 0);
    expect(committeeCompliance.filter((m) => m.decisions > 0)).toHaveLength(1);
    expect(month).toMatchObject({
      decisions: decided.length,
      onTime: decided.filter((r) => r[late] === 'false').length,
    });
  });
});
