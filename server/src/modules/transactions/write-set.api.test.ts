/**
 * The exact write set of each workflow action, through the real server: which tables get an
 * INSERT, UPDATE or DELETE and how many rows, read from the SQL the ORM logs during the request.
 * A write nobody asked for (a loaded entity flushed back because its dates looked changed, the
 * bug of issue 14) fails here on either engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const WRITE = /^\[query\] (insert into|update|delete from) [`"]([a-z_]+)[`"]/i;
const COUNT = /\[took \d+ ms(?:, (\d+) (?:rows?|results?)(?: affected)?)?\]$/;

/**
 * The writes among logged statements, as sorted `table: verb ×rows` lines. Rows: what the driver
 * reports (affected rows, or rows returned by `insert … returning`).
 */
export function writeSet(log: readonly string[]): string[] {
  const rows = new Map<string, number>();
  for (const raw of log) {
    const line = raw.replace(ANSI, '').trim();
    const write = WRITE.exec(line);
    if (!write) continue;
    const verb = write[1]!.split(' ')[0]!.toLowerCase();
    const key = `${write[2]}: ${verb}`;
    const n = Number(COUNT.exec(line)?.[1] ?? 1);
    rows.set(key, (rows.get(key) ?? 0) + n);
  }
  return [...rows].map(([key, n]) => `${key} ×${n}`).sort();
}

interface Tx {
  id: string;
  version: number;
  status: string;
}

/** An action's own rows: the transaction, its timeline event, its audit row. */
const STEP_WRITES = [
  'audit_entry: insert ×1',
  'beneficiary_transaction: update ×1',
  'transaction_event: insert ×1',
];
/**
 * An action that closes a transaction with a service given (delivered, rejected, inquiry
 * answered) also issues the satisfaction survey link: earlier live links revoked (none here), one
 * invitation, its audit row.
 */
const CLOSING_WRITES = [
  'audit_entry: insert ×2',
  'beneficiary_transaction: update ×1',
  'survey_invitation: insert ×1',
  'survey_invitation: update ×0',
  'transaction_event: insert ×1',
];

describe(`the write set of each workflow action (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let researcher: GraphQLClient;
  let committee: GraphQLClient;
  let researcherId = '';
  let beneficiaryId = '';
  const inputType: Record<string, string> = {};
  const checklist: Record<string, string[]> = {};
  const stepOf: Record<string, string> = {};

  /** Runs a mutation; returns its transaction and the write set of that one request. */
  const measure = async (
    client: GraphQLClient,
    mutation: string,
    input: Record<string, unknown>,
  ): Promise<{ t: Tx; writes: string[] }> => {
    // A request first, so that a due session touch (once a minute) is not in the measured one.
    await client.graphql('{ me { id } }');
    server.resetQueries();
    const res = await client.graphql<
      Record<
        string,
        { transaction: (Tx & { currentStep: { key: string } }) | null; errors: unknown[] }
      >
    >(
      `mutation($i: ${inputType[mutation]}!) { ${mutation}(input: $i) { transaction { id version status currentStep { key } } errors { code message } } }`,
      { i: input },
    );
    const writes = writeSet(server.queries);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data![mutation]!.errors).toEqual([]);
    const t = res.data![mutation]!.transaction!;
    stepOf[t.id] = t.currentStep.key;
    return { t: { id: t.id, version: t.version, status: t.status }, writes };
  };
  const at = (t: Tx) => ({ id: t.id, expectedVersion: t.version });
  const open = (type: 'INQUIRY' | 'SUPPORT_REQUEST') =>
    measure(officer, 'transactionOpen', {
      beneficiaryId,
      channelKey: 'PHONE',
      type,
      subject: 'طلب مساعدة غذائية',
    });
  const completeStep = (t: Tx) =>
    measure(officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: checklist[stepOf[t.id]!] ?? [],
    });
  const attest = (t: Tx) =>
    measure(officer, 'transactionAttest', {
      ...at(t),
      attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
      applicantConfirmed: true,
    });
  const submit = (t: Tx) =>
    measure(officer, 'transactionSubmitToCommittee', {
      ...at(t),
      checkedItems: ['BENEFICIARY_INFORMED'],
    });
  const decide = (t: Tx, decision: 'APPROVE' | 'REJECT' | 'DEFER') =>
    measure(committee, 'transactionDecide', {
      ...at(t),
      decision,
      reason: 'استوفى الشروط',
      checkedItems: checklist.COMMITTEE!.filter((k) => k !== 'BENEFICIARY_INFORMED'),
    });
  /** A support request brought to the committee, the writes of each step along the way. */
  const toCommittee = async () => {
    let t = (await open('SUPPORT_REQUEST')).t;
    t = (await completeStep(t)).t;
    t = (await completeStep(t)).t;
    t = (await attest(t)).t;
    return (await submit(t)).t;
  };

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'ws-officer');
    researcher = await server.userWithRoles(['RESEARCHER'], 'ws-researcher');
    committee = await server.userWithRoles(['COMMITTEE'], 'ws-committee');
    researcherId = (await researcher.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    // Each mutation's input type, read from the schema (the test names only mutations).
    const schema = await officer.graphql<{
      __type: {
        fields: {
          name: string;
          args: { name: string; type: { name: string | null; ofType: { name: string } | null } }[];
        }[];
      };
    }>(
      '{ __type(name: "Mutation") { fields { name args { name type { name ofType { name } } } } } }',
    );
    for (const f of schema.data!.__type.fields) {
      const input = f.args.find((a) => a.name === 'input');
      // A nullable `input` (every field optional) is named on the type itself.
      if (input) inputType[f.name] = input.type.ofType?.name ?? input.type.name!;
    }
    const steps = await officer.graphql<{
      handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
    }>('{ handlingSteps { key checklist { key required } } }');
    for (const s of steps.data!.handlingSteps) {
      checklist[s.key] = s.checklist.filter((i) => i.required).map((i) => i.key);
    }
    const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation($i: ${'BeneficiaryCreateInput'}!) { beneficiaryCreate(input: $i) { beneficiary { id } } }`,
      {
        i: {
          fullName: 'ريم خالد الدوسري',
          nationalId: withCheckDigit('107788990'),
          mobile: '0544445555',
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  it('open: the transaction (inserted, then given its reference from its id), its first event, one audit row', async () => {
    const { writes } = await open('SUPPORT_REQUEST');
    expect(writes).toEqual([
      'audit_entry: insert ×1',
      'beneficiary_transaction: insert ×1',
      'beneficiary_transaction: update ×1',
      'transaction_event: insert ×1',
    ]);
  });

  it('a support request from reception to delivery: each step writes only its own rows', async () => {
    let { t } = await open('SUPPORT_REQUEST');
    let step = await completeStep(t);
    expect(step.writes, 'complete reception').toEqual(STEP_WRITES);
    step = await measure(officer, 'transactionRefer', {
      ...at(step.t),
      researcherId,
      reasonKey: 'DOCUMENTS',
    });
    expect(step.writes, 'refer').toEqual(STEP_WRITES);
    step = await measure(researcher, 'transactionReturnFromReferral', {
      ...at(step.t),
      guidance: 'شرحت له الإجراءات خطوة بخطوة',
    });
    expect(step.writes, 'return from referral').toEqual(STEP_WRITES);
    step = await completeStep(step.t);
    expect(step.writes, 'complete verification').toEqual(STEP_WRITES);
    step = await attest(step.t);
    expect(step.writes, 'attest').toEqual(STEP_WRITES);
    step = await submit(step.t);
    expect(step.writes, 'submit to committee').toEqual(STEP_WRITES);
    step = await decide(step.t, 'DEFER');
    expect(step.writes, 'decide: defer').toEqual(STEP_WRITES);
    step = await measure(officer, 'transactionResume', at(step.t));
    expect(step.writes, 'resume').toEqual(STEP_WRITES);
    step = await decide(step.t, 'APPROVE');
    expect(step.writes, 'decide: approve').toEqual(STEP_WRITES);
    step = await completeStep(step.t);
    expect(step.writes, 'complete registration').toEqual(STEP_WRITES);
    t = step.t;
    step = await measure(officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'سلة غذائية',
      checkedItems: checklist.DELIVERY,
    });
    expect(step.t.status).toBe('CLOSED');
    expect(step.writes, 'deliver').toEqual(CLOSING_WRITES);
  });

  it('decide: reject closes the transaction and issues the survey link, nothing else', async () => {
    const t = await toCommittee();
    const { t: closed, writes } = await decide(t, 'REJECT');
    expect(closed.status).toBe('CLOSED');
    expect(writes).toEqual(CLOSING_WRITES);
  });

  it('withdraw writes only its own rows; close inquiry also issues the survey link', async () => {
    const request = (await open('SUPPORT_REQUEST')).t;
    const withdrawn = await measure(officer, 'transactionWithdraw', {
      ...at(request),
      reason: 'طلب المستفيد ذلك',
    });
    expect(withdrawn.writes, 'withdraw').toEqual(STEP_WRITES);
    const inquiry = (await open('INQUIRY')).t;
    const closed = await measure(officer, 'transactionCloseInquiry', at(inquiry));
    expect(closed.t.status).toBe('CLOSED');
    expect(closed.writes, 'close inquiry').toEqual(CLOSING_WRITES);
  });

  it('loading rows of every entity and flushing writes nothing', async () => {
    const em = server.app.orm.em.fork();
    const loaded: string[] = [];
    for (const meta of Object.values(server.app.orm.getMetadata().getAll())) {
      if (meta.abstract || meta.embeddable || meta.virtual) continue;
      const rows = await em.find(meta.class, {}, { limit: 20 });
      if (rows.length) loaded.push(meta.className);
    }
    // The workflow above left rows in the tables of every date-bearing entity it touches.
    expect(loaded).toEqual(
      expect.arrayContaining([
        'User',
        'Session',
        'PolicyVersion',
        'Transaction',
        'SurveyInvitation',
      ]),
    );
    server.resetQueries();
    await em.flush();
    expect(writeSet(server.queries)).toEqual([]);
  });
});
