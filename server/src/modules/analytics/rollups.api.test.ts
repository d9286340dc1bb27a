import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { answerSurvey, closeInquiry, sqlOf } from '../../test-support/fixtures.js';
import { run, transactionKit } from '../transactions/transaction-test-kit.js';
import { generateDemo } from '../../db/demo/generate-demo.js';
import { riyadhMidnight } from '../common/periods.js';
import * as dashboard from './dashboard.service.js';
import {
  satisfactionGroups,
  satisfactionRows,
  satisfactionStats,
  satisfactionTotals,
  transactionStats,
  type TransactionDimension,
} from './stats.service.js';
import type { Dimension as SatisfactionDimension } from './satisfaction-figures.service.js';
import { SurveyMode } from '../satisfaction/survey.enums.js';
import { EVENT_KEY, rebuildRollups, SATISFACTION_KEY, STAY_KEY, TX_KEY } from './rollups.js';

const KEYS = {
  rollup_transaction_day: TX_KEY,
  rollup_event_day: EVENT_KEY,
  rollup_stay_day: STAY_KEY,
  rollup_satisfaction_day: SATISFACTION_KEY,
  rollup_beneficiary: ['beneficiary_id'],
};
import { referenceOf } from './rollups.reference.js';
import { trendPeriod } from './trend-period.js';

/**
 * The rollups against the raw rows (issue 17): demo data spread over 18 months (steps visited
 * twice, deferrals, referrals, late decisions, withdrawals, events at every hour), then work
 * through the API (a late decision, a deferral, a referral and its return, a withdrawal, a survey
 * answered, a link revoked) and events written at 22:30 UTC (the next Riyadh day); every figure
 * read from the rollups must equal the raw-row statement's (rollups.reference.ts), and the
 * rollups kept by the triggers must equal the ones rebuilt from the raw rows.
 */
describe(`rollups (${testEngine})`, () => {
  const { k, open, at, ok, required, toCommittee, complete, approve, refer } = transactionKit();
  const now = new Date();

  beforeAll(async () => {
    const config = k.server.db.config;
    await generateDemo(k.server.app.orm, {
      engine: config.engine,
      sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
      transactions: 1500,
      seed: 17,
      now,
    });
    // The generator held the event loop for seconds: let the idle keep-alive sockets' timers run
    // (closing them) before the next request, which would otherwise be sent on one as it closes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A late rejection after a deferral.
    let t = await toCommittee();
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'DEFER',
        reason: 'ينقص عقد الإيجار',
        checkedItems: ['REQUEST_STUDIED'],
      }),
    );
    t = ok(await run(k.officer, 'transactionResume', at(t)));
    const { conn, event, at: stored } = await sqlOf(k.server);
    await conn.execute('update beneficiary_transaction set committee_due_at = ? where id = ?', [
      stored(new Date(now.getTime() - 86_400_000).toISOString()),
      Number(t.id),
    ]);
    ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'REJECT',
        reason: 'لا تنطبق الشروط',
        checkedItems: ['DECISION_RECORDED', 'BENEFICIARY_NOTIFIED'],
      }),
    );
    // Approved, registered and delivered.
    t = await complete(await approve(await toCommittee()), 'REGISTRATION');
    ok(
      await run(k.officer, 'transactionDeliver', {
        ...at(t),
        serviceDelivered: 'سلة غذائية',
        checkedItems: await required('DELIVERY'),
      }),
    );
    // Referred and returned: verification visited twice.
    t = await refer(await complete(await open('SUPPORT_REQUEST'), 'RECEPTION'));
    t = ok(
      await run(k.researcher, 'transactionReturnFromReferral', {
        ...at(t),
        guidance: 'شرحت المستندات المطلوبة',
      }),
    );
    await complete(t, 'VERIFICATION');
    // Withdrawn.
    t = await open('SUPPORT_REQUEST');
    ok(await run(k.officer, 'transactionWithdraw', { ...at(t), reason: 'طلب المستفيد' }));
    // An inquiry closed, its survey answered; another's link revoked.
    const inquiry = await open('INQUIRY');
    await answerSurvey(k.server, await closeInquiry(k.officer, inquiry), 2, 5);
    const revoked = await open('INQUIRY');
    await closeInquiry(k.officer, revoked);
    await conn.execute('update survey_invitation set revoked_at = ? where transaction_id = ?', [
      stored(now.toISOString()),
      Number(revoked.id),
    ]);
    // Events at 22:30 UTC (01:30 the next day in Riyadh), a step visited twice among them.
    const late = await open('SUPPORT_REQUEST');
    await event(late.id, 'STEP_COMPLETED', 'RECEPTION', '2026-10-31T22:30:00Z');
    await event(late.id, 'REFERRED', 'VERIFICATION', '2026-11-03T22:30:00Z', { reason: 'OTHER' });
    await event(late.id, 'REFERRAL_RETURNED', 'REFERRAL', '2026-11-04T10:00:00Z');
    await event(late.id, 'STEP_COMPLETED', 'VERIFICATION', '2026-11-30T22:30:00Z');
  }, 240_000);

  const em = () => k.server.app.orm.em.fork();
  const engine = testEngine;
  const month = (first: string, next: string) => ({
    from: riyadhMidnight(first),
    to: riyadhMidnight(next),
  });
  const periods = {
    'this month so far': { from: riyadhMidnight(now.toISOString().slice(0, 8) + '01'), to: now },
    November: month('2026-11-01', '2026-12-01'),
    'a day starting at 22:30 UTC': {
      from: new Date('2026-11-30T22:30:00Z'),
      to: new Date('2026-12-01T21:00:00Z'),
    },
    'eighteen months': { from: new Date(now.getTime() - 549 * 86_400_000), to: now },
  };

  it.each(Object.entries(periods))('gives the raw rows’ dashboard figures: %s', async (_, p) => {
    const ref = referenceOf(em(), engine);
    const trend = trendPeriod(p);
    expect(await dashboard.workload(em(), engine, now)).toEqual(await ref.workload(now));
    expect(await dashboard.funnel(em())).toEqual(await ref.funnel());
    expect(await dashboard.volumeByChannel(em(), trend)).toEqual(await ref.volumeByChannel(trend));
    expect(await dashboard.committeeCompliance(em(), trend)).toEqual(
      await ref.committeeCompliance(trend),
    );
    expect(await dashboard.topReferralReasons(em(), p)).toEqual(await ref.topReferralReasons(p));
    const stays = await dashboard.stepDurations(em(), p);
    expect(stays).toEqual(await ref.stepDurations(p));
    const satisfaction = await dashboard.satisfaction(em(), p);
    expect(satisfaction.current).toEqual(await ref.satisfaction(p));
    // The previous period's days end where the period's begin (a period that does not start at
    // a Riyadh midnight would otherwise share its first day with the previous one).
    const previous = dashboard.riyadhDays(dashboard.previousPeriod(p));
    const first = dashboard.riyadhDays(p).first;
    expect(satisfaction.previous).toEqual(
      await ref.satisfaction({ from: riyadhMidnight(previous.first), to: riyadhMidnight(first) }),
    );
    expect(await dashboard.satisfactionTrend(em(), trend)).toEqual(
      await ref.satisfactionTrend(trend),
    );
  });

  it('has figures to compare: every kind of work is in the data', async () => {
    const ref = referenceOf(em(), engine);
    const year = periods['eighteen months'];
    const stays = await ref.stepDurations(year);
    expect(stays.map((s) => s.stepKey)).toEqual(
      expect.arrayContaining(['VERIFICATION', 'REFERRAL']),
    );
    const compliance = await ref.committeeCompliance(trendPeriod(year));
    const decisions = compliance.reduce((n, m) => n + m.decisions, 0);
    const onTime = compliance.reduce((n, m) => n + m.onTime, 0);
    expect(onTime).toBeGreaterThan(0);
    expect(decisions).toBeGreaterThan(onTime); // late decisions too
    expect((await ref.topReferralReasons(year)).length).toBeGreaterThan(1);
    expect((await ref.satisfaction(year)).responses).toBeGreaterThan(10);
    expect((await ref.workload(now)).open).toBeGreaterThan(0);
  });

  const groupings: TransactionDimension[][] = [
    [],
    ['MONTH', 'CHANNEL'],
    ['HIJRI_MONTH'],
    ['STEP', 'STATUS'],
    ['WEEK', 'TYPE'],
    ['DAY', 'POLICY_VERSION'],
  ];
  it.each(groupings.map((g) => [g.join(', ') || 'no dimension', g] as const))(
    'gives the raw rows’ transaction statistics by %s',
    async (_, by) => {
      const ref = referenceOf(em(), engine);
      const filters = [
        {},
        { from: '2026-06-01', to: '2026-11-30' },
        { type: 'SUPPORT_REQUEST' },
        { status: ['OPEN', 'REFERRED', 'AWAITING_COMMITTEE', 'DEFERRED'] },
        { channelKey: 'PHONE', stepKey: 'DELIVERY' },
      ];
      for (const filter of filters) {
        const got = await transactionStats(em(), filter, by);
        expect(got, JSON.stringify(filter)).toEqual(await ref.transactionStats(filter, by));
      }
    },
  );

  const satisfactionGroupings: SatisfactionDimension[][] = [
    [],
    ['CHANNEL', 'HIJRI_MONTH'],
    ['HANDLING_TIME'],
    ['POLICY_VERSION', 'TRANSACTION_TYPE'],
    ['WEEK', 'DAY'],
    ['MONTH', 'CHANNEL', 'HANDLING_TIME'],
  ];
  it.each(satisfactionGroupings.map((g) => [g.join(', ') || 'no dimension', g] as const))(
    'gives the raw rows’ satisfaction statistics by %s',
    async (_, by) => {
      const filters = [
        {},
        { from: '2026-06-01', to: '2026-11-30' },
        { mode: SurveyMode.STAFF_ASSISTED },
        { mode: SurveyMode.SELF, transactionType: 'INQUIRY' },
        { channelKey: 'PHONE', policyVersion: 1 },
      ];
      for (const filter of filters) {
        const got = await satisfactionStats(em(), filter, by);
        expect(got.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(got, JSON.stringify(filter)).toEqual(
          satisfactionGroups(by, await satisfactionRows(em(), filter, by)),
        );
      }
    },
  );

  it('gives the raw rows’ satisfaction report totals and distributions', async () => {
    const ref = referenceOf(em(), engine);
    const filters = [
      {},
      { from: '2026-08-01', to: '2026-10-31' },
      { mode: SurveyMode.STAFF_ASSISTED },
      { mode: SurveyMode.SELF, transactionType: 'INQUIRY', from: '2026-06-01' },
      { channelKey: 'PHONE', policyVersion: 1 },
      { from: '2030-01-01' },
    ];
    for (const filter of filters) {
      const got = await satisfactionTotals(em(), filter);
      if (!filter.from?.startsWith('2030')) {
        expect(got.figures.responses, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(got.overall.some((s) => s.count > 0)).toBe(true);
      }
      expect(got, JSON.stringify(filter)).toEqual(await ref.satisfactionTotals(filter));
    }
  });

  it('keeps in the rollups, as work happens, what a rebuild from the raw rows gives', async () => {
    const snapshot = async () => {
      const conn = em().getConnection();
      const tables: Record<string, unknown[]> = {};
      for (const [table, key] of Object.entries(KEYS)) {
        const rows: Record<string, unknown>[] = await conn.execute(
          `select * from ${table} order by ${key.join(', ')}`,
        );
        tables[table] = rows
          .map((r) =>
            Object.fromEntries(
              Object.entries(r).map(([c, v]) => [c, key.includes(c) ? String(v) : Number(v)]),
            ),
          )
          // A cell whose work was all undone (a revoked link's) is left at zero.
          .filter((r) => Object.entries(r).some(([c, v]) => !key.includes(c) && v !== 0));
      }
      return tables;
    };
    const kept = await snapshot();
    expect(kept.rollup_stay_day!.length).toBeGreaterThan(100);
    await rebuildRollups(em(), engine);
    expect(await snapshot()).toEqual(kept);

    // Rows deleted by hand, several of one stay in one statement: the triggers mend the stays.
    const conn = em().getConnection();
    const [visited] = await conn.execute(
      `select transaction_id, step_id from transaction_event where gap_seconds is not null
       group by transaction_id, step_id having count(*) >= 2 order by transaction_id limit 1`,
    );
    await conn.execute(
      'delete from transaction_event where transaction_id = ? and step_id = ? and kind <> ?',
      [visited.transaction_id, visited.step_id, 'OPENED'],
    );
    await conn.execute(
      `delete from survey_response where id in (select min(r.id) from survey_response r
       where not exists (select 1 from improvement_action a where a.response_id = r.id))`,
    );
    // A transaction moved to another beneficiary by hand: both beneficiaries' counts follow.
    await conn.execute(
      `update beneficiary_transaction set beneficiary_id = (select max(id) from beneficiary)
       where id = (select min(id) from beneficiary_transaction)`,
    );
    const mended = await snapshot();
    await rebuildRollups(em(), engine);
    expect(await snapshot()).toEqual(mended);
  });
});
