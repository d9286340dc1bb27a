import { withCheckDigit } from '../modules/beneficiaries/saudi-identity.js';
import type { GraphQLClient, TestServer } from './test-app.js';

/**
 * Building blocks for hand-made data sets: a beneficiary and transactions made through the API
 * as an officer would, then dates and timeline events set in SQL where a test needs known times.
 */

export interface OpenedTransaction {
  id: string;
  version: number;
}

/** Registers a beneficiary (national ID from nine digits plus its check digit); returns the id. */
export async function createBeneficiary(
  staff: GraphQLClient,
  nineDigits: string,
  fullName = 'هيا ناصر السبيعي',
): Promise<string> {
  const res = await staff.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
    'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
    {
      i: {
        fullName,
        nationalId: withCheckDigit(nineDigits),
        mobile: `055${nineDigits.slice(2, 9)}`,
        city: 'الرياض',
        gender: 'FEMALE',
      },
    },
  );
  if (!res.data) throw new Error(`beneficiaryCreate failed: ${JSON.stringify(res.errors)}`);
  return res.data.beneficiaryCreate.beneficiary.id;
}

/** Creates and publishes a short guide in the library as `manager`; returns its id. */
export async function createDocument(manager: GraphQLClient, slug: string): Promise<string> {
  const res = await manager.graphql<{ documentCreate: { document: { id: string } | null } }>(
    `mutation($input: DocumentCreateInput!) { documentCreate(input: $input) { document { id } errors { code } } }`,
    {
      input: {
        slug,
        kind: 'GUIDE',
        titleAr: 'دليل',
        titleEn: 'Guide',
        tags: [],
        bodyAr: '# دليل\n\nنص.',
        bodyEn: '# Guide\n\nText.',
        publish: true,
      },
    },
  );
  const id = res.data?.documentCreate.document?.id;
  if (!id) throw new Error(`documentCreate failed: ${JSON.stringify(res)}`);
  return id;
}

/** Opens a transaction at step 1. */
export async function openTransaction(
  staff: GraphQLClient,
  beneficiaryId: string,
  channelKey: string,
  type: 'INQUIRY' | 'SUPPORT_REQUEST' = 'SUPPORT_REQUEST',
): Promise<OpenedTransaction> {
  const res = await staff.graphql<{ transactionOpen: { transaction: OpenedTransaction } }>(
    'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
    { i: { beneficiaryId, channelKey, type, subject: 'طلب للاختبار' } },
  );
  if (!res.data) throw new Error(`transactionOpen failed: ${JSON.stringify(res.errors)}`);
  return res.data.transactionOpen.transaction;
}

/** Closes an inquiry at step 1; returns its survey link's token. */
export async function closeInquiry(staff: GraphQLClient, t: OpenedTransaction): Promise<string> {
  const res = await staff.graphql<{
    transactionCloseInquiry: { surveyInvitation: { token: string } };
  }>(
    'mutation($i: TransactionCloseInquiryInput!) { transactionCloseInquiry(input: $i) { surveyInvitation { token } } }',
    { i: { id: t.id, expectedVersion: t.version } },
  );
  if (!res.data) throw new Error(`transactionCloseInquiry failed: ${JSON.stringify(res.errors)}`);
  return res.data.transactionCloseInquiry.surveyInvitation.token;
}

/** Answers a survey as the beneficiary would (overall and recommend; the other scores 4). */
export async function answerSurvey(
  server: TestServer,
  token: string,
  overall: number,
  recommend: number,
): Promise<void> {
  await server.graphql(
    'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded } }',
    {
      i: { token, answers: { overall, courtesy: 4, clarity: 4, speed: 4, recommend } },
    },
  );
}

/** Direct SQL on the test database, with dates as the engine stores them. */
export async function sqlOf(server: TestServer) {
  const conn = server.app.orm.em.getConnection();
  const sqlite = server.db.config.engine === 'sqlite';
  const rows = (await conn.execute('select key, id from handling_step')) as {
    key: string;
    id: number;
  }[];
  const steps = Object.fromEntries(rows.map((r) => [r.key, r.id])) as Record<string, number>;
  /** An ISO instant as a statement parameter. */
  const at = (iso: string | null) =>
    iso == null ? null : sqlite ? Date.parse(iso) : new Date(iso);
  return {
    conn,
    steps,
    at,
    /**
     * Adds a timeline event at a step, with its gap from the transaction's previous event (as the
     * workflow writes it), and moves the transaction's latest-event time to it.
     */
    async event(
      transactionId: string | number,
      kind: string,
      step: string,
      iso: string,
      data?: unknown,
    ): Promise<void> {
      const id = Number(transactionId);
      const [previous] = (await conn.execute(
        'select at from transaction_event where transaction_id = ? order by id desc limit 1',
        [id],
      )) as { at: string | number | Date }[];
      const gap = previous
        ? Math.round((Date.parse(iso) - new Date(previous.at).getTime()) / 1000)
        : null;
      await conn.execute(
        'insert into transaction_event (transaction_id, kind, step_id, actor_id, actor_name, at, note, data, gap_seconds) values (?, ?, ?, null, ?, ?, null, ?, ?)',
        [id, kind, steps[step], 'test', at(iso), data == null ? null : JSON.stringify(data), gap],
      );
      await conn.execute('update beneficiary_transaction set last_event_at = ? where id = ?', [
        at(iso),
        id,
      ]);
    },
  };
}

/**
 * Adds `copies` transactions that copy transaction `id` (references `LD-<from + n>`), by one
 * statement: a large list in a second, for exports and paging tests.
 */
export async function copyTransaction(
  server: TestServer,
  id: string,
  copies: number,
  from: number,
): Promise<void> {
  const conn = server.app.orm.em.getConnection();
  const [source] = await conn.execute('select * from beneficiary_transaction where id = ?', [
    Number(id),
  ]);
  const columns = Object.keys(source).filter((c) => c !== 'id' && c !== 'reference');
  await conn.execute(
    `insert into beneficiary_transaction (reference, ${columns.join(', ')})
     with recursive n(i) as (select 1 union all select i + 1 from n where i < ${copies})
     select 'LD-' || (${from} + n.i), ${columns.map((c) => `s.${c}`).join(', ')}
     from n cross join beneficiary_transaction s where s.id = ?`,
    [Number(id)],
  );
}
