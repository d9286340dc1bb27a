import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createBeneficiary, openTransaction, sqlOf } from '../../test-support/fixtures.js';

/** Three timelines written by hand, with stays whose medians and 90th percentiles are known. */
describe(`days per step on the dashboard (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'durations-manager');
    const staff = await server.userWithRoles(['STAFF'], 'durations-staff');
    const beneficiaryId = await createBeneficiary(staff, '104433221', 'ماجد سعود العمري');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await openTransaction(staff, beneficiaryId, 'PHONE')).id);
    const { conn, event } = await sqlOf(server);
    await conn.execute('delete from transaction_event');
    const timelines: [string, [string, string, string][]][] = [
      [
        ids[0]!,
        [
          ['OPENED', 'RECEPTION', '2026-01-01'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-01-02'], // reception 1 day
          ['STEP_COMPLETED', 'VERIFICATION', '2026-01-05'], // verification 3
          ['ATTESTED', 'ATTESTATION', '2026-02-10'], // ends after the period
        ],
      ],
      [
        ids[1]!,
        [
          ['OPENED', 'RECEPTION', '2026-01-01'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-01-03'], // reception 2
          ['REFERRED', 'VERIFICATION', '2026-01-04'], // verification 1 …
          ['REFERRAL_RETURNED', 'REFERRAL', '2026-01-06'], // referral 2
          ['STEP_COMPLETED', 'VERIFICATION', '2026-01-07'], // … + 1 = verification 2
        ],
      ],
      [
        ids[2]!,
        [
          ['OPENED', 'RECEPTION', '2026-01-01'],
          ['STEP_COMPLETED', 'RECEPTION', '2026-01-05'], // reception 4
          ['STEP_COMPLETED', 'VERIFICATION', '2026-01-15'], // verification 10
        ],
      ],
    ];
    for (const [transaction, events] of timelines) {
      for (const [kind, step, day] of events) {
        await event(transaction, kind, step, `${day}T06:00:00Z`);
      }
    }
  });
  afterAll(async () => server?.stop());

  it('gives the median and 90th percentile (nearest rank) of the stays that ended in the period', async () => {
    const res = await manager.graphql<{ dashboard: { stepDurations: unknown[] } }>(
      `query($p: DashboardPeriod!) { dashboard(period: $p) {
        stepDurations { stepKey position transactions medianDays p90Days } } }`,
      { p: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.dashboard.stepDurations).toEqual([
      // Stays 1, 2, 4: median the 2nd, 90th percentile the 3rd.
      { stepKey: 'RECEPTION', position: 1, transactions: 3, medianDays: 2, p90Days: 4 },
      // Stays 3, 2 (1 + 1 around the referral), 10.
      { stepKey: 'VERIFICATION', position: 2, transactions: 3, medianDays: 3, p90Days: 10 },
      { stepKey: 'REFERRAL', position: 3, transactions: 1, medianDays: 2, p90Days: 2 },
    ]);
  });

  it('gives the same figures over a long period (read in one pass over every timeline)', async () => {
    const res = await manager.graphql<{ dashboard: { stepDurations: unknown[] } }>(
      'query($p: DashboardPeriod!) { dashboard(period: $p) { stepDurations { stepKey medianDays p90Days } } }',
      { p: { from: '2025-02-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.dashboard.stepDurations).toEqual([
      { stepKey: 'RECEPTION', medianDays: 2, p90Days: 4 },
      { stepKey: 'VERIFICATION', medianDays: 3, p90Days: 10 },
      { stepKey: 'REFERRAL', medianDays: 2, p90Days: 2 },
    ]);
  });

  it('drills down from a step to the transactions whose stays it counted', async () => {
    const res = await manager.graphql<{ transactions: { totalCount: number } }>(
      'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
      {
        f: {
          event: {
            stepKey: 'REFERRAL',
            from: '2026-01-01T00:00:00Z',
            to: '2026-02-01T00:00:00Z',
          },
        },
      },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.transactions.totalCount).toBe(1);
  });
});
