import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { transactionKit } from '../transactions/transaction-test-kit.js';

const SCHEDULE = `mutation($i: HomeVisitScheduleInput!) { homeVisitSchedule(input: $i) {
  visit { id scheduledFor visitedOn } errors { code field } } }`;
const RECORD = `mutation($i: HomeVisitRecordInput!) { homeVisitRecord(input: $i) {
  visit { id visitedOn present findings recommendation } errors { code field } } }`;
const REPORT = `mutation($i: SocialReportSaveInput!) { socialReportSave(input: $i) {
  report { body recommendation authorDisplayName } errors { code field } } }`;
const READ = `query($id: ID!) { transaction(id: $id) { socialResearch {
  visits { scheduledFor visitedOn present findings recommendation }
  report { body recommendation authorDisplayName } } } }`;

type Errors = { errors: { code: string; field: string | null }[] };
const day = (offset: number) =>
  new Date(Date.now() + 3 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe(`the social research of step 3 (${testEngine})`, () => {
  const { k, open, complete, refer } = transactionKit();
  let manager: GraphQLClient;
  let analyst: GraphQLClient;

  const run = async <T extends Errors>(c: GraphQLClient, q: string, name: string, i: object) => {
    const res = await c.graphql<Record<string, T>>(q, { i });
    return {
      payload: res.data?.[name] ?? null,
      codes: (res.errors ?? []).map((e) => e.extensions?.code),
    };
  };
  const count = async (sql: string) => {
    const [row] = await k.server.app.orm.em.getConnection().execute<{ n: number | string }[]>(sql);
    return Number(row!.n);
  };

  beforeAll(async () => {
    manager = await k.server.userWithRoles(['MANAGER'], 'research-manager');
    analyst = await k.server.userWithRoles(['ANALYST'], 'research-analyst');
  });

  it('the researcher it is referred to schedules and records a visit and writes the report; the committee reads it', async () => {
    const t = await refer(await complete(await open('SUPPORT_REQUEST'), 'RECEPTION'));
    const before = await count('select count(*) as n from audit_entry');

    // Typed refusals change nothing.
    const past = await run<Errors>(k.researcher, SCHEDULE, 'homeVisitSchedule', {
      transactionId: t.id,
      scheduledFor: day(-1),
    });
    expect(past.payload!.errors).toEqual([{ code: 'INVALID_DATE', field: 'scheduledFor' }]);
    const other = await run<Errors>(k.otherResearcher, SCHEDULE, 'homeVisitSchedule', {
      transactionId: t.id,
      scheduledFor: day(2),
    });
    expect(other.codes).toEqual(['FORBIDDEN']);
    const officer = await run<Errors>(k.officer, SCHEDULE, 'homeVisitSchedule', {
      transactionId: t.id,
      scheduledFor: day(2),
    });
    expect(officer.codes).toEqual(['FORBIDDEN']);
    expect(await count('select count(*) as n from home_visit')).toBe(0);

    const scheduled = await run<Errors & { visit: { id: string } | null }>(
      k.researcher,
      SCHEDULE,
      'homeVisitSchedule',
      { transactionId: t.id, scheduledFor: day(0) },
    );
    expect(scheduled.payload!.errors).toEqual([]);
    const visitId = scheduled.payload!.visit!.id;

    const empty = await run<Errors>(k.researcher, RECORD, 'homeVisitRecord', {
      visitId,
      visitedOn: day(0),
      present: '  ',
      findings: 'x',
      recommendation: 'SUPPORT',
    });
    expect(empty.payload!.errors).toEqual([{ code: 'REQUIRED', field: 'present' }]);
    const recorded = await run<Errors>(k.researcher, RECORD, 'homeVisitRecord', {
      visitId,
      visitedOn: day(0),
      present: 'المستفيدة وابنتها الكبرى',
      findings: 'المسكن مستأجر ومتهالك، والدخل لا يغطي الإيجار.',
      recommendation: 'SUPPORT',
    });
    expect(recorded.payload!.errors).toEqual([]);

    const report = await run<Errors>(k.researcher, REPORT, 'socialReportSave', {
      transactionId: t.id,
      body: 'أسرة من خمسة أفراد، عائلها الوحيد الأم، وتستحق دعم الإيجار.',
      recommendation: 'SUPPORT',
    });
    expect(report.payload!.errors).toEqual([]);
    const rewritten = await run<Errors>(manager, REPORT, 'socialReportSave', {
      transactionId: t.id,
      body: 'أسرة من خمسة أفراد، عائلها الوحيد الأم، وتستحق دعم الإيجار لستة أشهر.',
      recommendation: 'PARTIAL_SUPPORT',
    });
    expect(rewritten.payload!.errors).toEqual([]);

    const read = await k.committee.graphql<{
      transaction: {
        socialResearch: {
          visits: { visitedOn: string; present: string; recommendation: string }[];
          report: { body: string; recommendation: string; authorDisplayName: string };
        };
      };
    }>(READ, { id: t.id });
    expect(read.data!.transaction.socialResearch.visits).toMatchObject([
      { visitedOn: day(0), present: 'المستفيدة وابنتها الكبرى', recommendation: 'SUPPORT' },
    ]);
    expect(read.data!.transaction.socialResearch.report).toMatchObject({
      body: 'أسرة من خمسة أفراد، عائلها الوحيد الأم، وتستحق دعم الإيجار لستة أشهر.',
      recommendation: 'PARTIAL_SUPPORT',
    });
    expect(await count('select count(*) as n from social_report')).toBe(1);
    // Four changes audited, with the field names and never the report's text.
    expect(await count('select count(*) as n from audit_entry')).toBeGreaterThanOrEqual(before + 4);
    expect(
      await count(
        `select count(*) as n from audit_entry where action in ('homeVisit.schedule', 'homeVisit.record', 'socialReport.save') and after like '%عائلها%'`,
      ),
    ).toBe(0);

    const refused = await analyst.graphql(READ, { id: t.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is written only while the transaction is referred', async () => {
    const t = await complete(await open('SUPPORT_REQUEST'), 'RECEPTION');
    const r = await run<Errors>(manager, REPORT, 'socialReportSave', {
      transactionId: t.id,
      body: 'تقرير',
      recommendation: 'SUPPORT',
    });
    expect(r.payload!.errors.map((e) => e.code)).toEqual(['NOT_REFERRED']);
  });
});
