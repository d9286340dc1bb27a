/**
 * The audit trail, which administrators read, holds no free text: a subject, a response, what
 * was done about a low rating can name a beneficiary or give their national ID or mobile, and
 * an administrator may not read beneficiaries. The rows still say what changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { closeInquiry, createBeneficiary, openTransaction } from '../../test-support/fixtures.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import { redact } from './audit.service.js';
import { scrubStoredFreeText } from './scrub-free-text.js';

interface AuditRow {
  action: string;
  targetId: string | null;
  before: string | null;
  after: string | null;
}

const NATIONAL_ID = withCheckDigit('108642097');
const MOBILE = '0598306655';
const NAME = 'منيرة العنزي';

describe(`no free text in the audit trail (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;

  /** The whole trail as the administrator reads it. */
  const trail = async (): Promise<AuditRow[]> => {
    const rows: AuditRow[] = [];
    let after: string | null = null;
    for (;;) {
      const res: {
        data?: {
          auditEntries: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: AuditRow }[];
          };
        };
      } = await admin.graphql(
        'query($a: String) { auditEntries(first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { action targetId before after } } } }',
        { a: after },
      );
      rows.push(...res.data!.auditEntries.edges.map((e) => e.node));
      if (!res.data!.auditEntries.pageInfo.hasNextPage) return rows;
      after = res.data!.auditEntries.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'free-text-staff');
    manager = await server.userWithRoles(['MANAGER'], 'free-text-manager');
    admin = await server.admin();
  });
  afterAll(async () => server?.stop());

  it('records that a subject, a response or an action was written, never the text', async () => {
    const beneficiaryId = await createBeneficiary(staff, '108642097', NAME);
    const created = await staff.graphql<{
      feedbackCreate: { item: { id: string } | null; errors: unknown[] };
    }>(
      'mutation($i: FeedbackCreateInput!) { feedbackCreate(input: $i) { item { id } errors { code } } }',
      {
        i: {
          kind: 'COMPLAINT',
          subject: `شكوى ${NAME} هوية ${NATIONAL_ID}`,
          body: `اتصلت ${NAME} من الرقم ${MOBILE} ولم يرد أحد`,
          beneficiaryId,
        },
      },
    );
    expect(created.data!.feedbackCreate.errors).toEqual([]);
    const itemId = created.data!.feedbackCreate.item!.id;
    const updated = await staff.graphql<{ feedbackUpdate: { errors: unknown[] } }>(
      'mutation($i: FeedbackUpdateInput!) { feedbackUpdate(input: $i) { errors { code } } }',
      {
        i: { id: itemId, response: `اتصلنا بـ${NAME} على ${MOBILE} واعتذرنا`, status: 'ANSWERED' },
      },
    );
    expect(updated.data!.feedbackUpdate.errors).toEqual([]);

    // A low rating opens an improvement action; the manager closes it with what was done.
    const t = await openTransaction(staff, beneficiaryId, 'PHONE', 'INQUIRY');
    await closeInquiry(staff, t);
    const answered = await staff.graphql<{ surveyRecordAssisted: { recorded: boolean } }>(
      'mutation($i: SurveyRecordAssistedInput!) { surveyRecordAssisted(input: $i) { recorded } }',
      {
        i: {
          transactionId: t.id,
          answers: { overall: 1, courtesy: 1, clarity: 1, speed: 1, recommend: 0 },
        },
      },
    );
    expect(answered.data!.surveyRecordAssisted.recorded).toBe(true);
    const actions = await manager.graphql<{
      improvementActions: { edges: { node: { id: string } }[] };
    }>('{ improvementActions(status: OPEN) { edges { node { id } } } }');
    const actionId = actions.data!.improvementActions.edges[0]!.node.id;
    const closed = await manager.graphql<{ improvementActionClose: { errors: unknown[] } }>(
      'mutation($id: ID!, $t: String!) { improvementActionClose(input: { id: $id, actionTaken: $t }) { errors { code } } }',
      { id: actionId, t: `زرنا ${NAME} في منزلها وسلمناها الطلب` },
    );
    expect(closed.data!.improvementActionClose.errors).toEqual([]);

    const rows = await trail();
    const text = JSON.stringify(rows);
    expect(text).not.toContain(NATIONAL_ID);
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain('العنزي');
    expect(text).not.toContain('اعتذرنا');

    const row = (action: string, id: string) =>
      rows.find((r) => r.action === action && r.targetId === id)!;
    expect(JSON.parse(row('feedback.create', itemId).after!)).toEqual({
      kind: 'COMPLAINT',
      subject: '[text]',
    });
    const update = row('feedback.update', itemId);
    expect(JSON.parse(update.before!)).toMatchObject({ status: 'NEW', response: null });
    expect(JSON.parse(update.after!)).toMatchObject({ status: 'ANSWERED', response: '[changed]' });
    expect(JSON.parse(row('improvement.close', actionId).after!)).toEqual({
      actionTaken: '[text]',
    });
  });

  it('rewrites the rows written before (the migration), and only what needs it', async () => {
    const conn = server.app.orm.em.getConnection();
    const at = testEngine === 'sqlite' ? Date.now() : new Date();
    const old = [
      [
        'feedback.create',
        null,
        JSON.stringify({ kind: 'COMPLAINT', subject: `هوية ${NATIONAL_ID}` }),
      ],
      [
        'TRANSACTIONS_EXPORTED',
        null,
        JSON.stringify({ filter: { search: NATIONAL_ID, status: ['OPEN'] }, rows: 3 }),
      ],
      [
        'feedback.update',
        JSON.stringify({ status: 'NEW', response: null }),
        JSON.stringify({ status: 'ANSWERED', response: `اتصلنا على ${MOBILE}` }),
      ],
    ];
    for (const [action, before, after] of old) {
      await conn.execute(
        'insert into audit_entry (at, actor_name, action, target_type, "before", "after") values (?, ?, ?, ?, ?, ?)',
        [at, 'legacy', action, 'Legacy', before, after],
      );
    }
    const changed = await scrubStoredFreeText((sql, params) =>
      conn.execute(sql, params as unknown[]),
    );
    expect(changed).toBe(3);
    const rows = (await trail()).filter(
      (r) => r.targetId === null && r.action !== 'transaction.search',
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(NATIONAL_ID);
    expect(text).not.toContain(MOBILE);
    const exported = rows.find((r) => r.action === 'TRANSACTIONS_EXPORTED')!;
    expect(JSON.parse(exported.after!)).toEqual({
      filter: { search: '[text]', status: ['OPEN'] },
      rows: 3,
    });
    // A second run finds nothing left to change.
    expect(await scrubStoredFreeText((sql, params) => conn.execute(sql, params as unknown[]))).toBe(
      0,
    );
  });

  it('marks free text given, changed or unchanged, and keeps everything else', () => {
    const before = { status: 'NEW', note: 'old words', reason: 'same', count: 3 };
    const after = { status: 'DONE', note: 'new words', reason: 'same', count: 3, comment: '' };
    expect(redact(before)).toEqual({ status: 'NEW', note: '[text]', reason: '[text]', count: 3 });
    expect(redact(after, before)).toEqual({
      status: 'DONE',
      note: '[changed]',
      reason: '[unchanged]',
      count: 3,
      comment: '',
    });
    expect(redact({ body: { ar: 'نص', en: 'text' }, password: 'x', search: true })).toEqual({
      body: '[text]',
      password: '[redacted]',
      search: true,
    });
  });
});
