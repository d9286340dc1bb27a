import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

const FIELDS = `id reference type status outcome version committeeDueAt committeeOverdue
  policyVersionNumber attestationCurrent availableActions
  currentStep { key position } channel { key } assignee { username }
  timeline { kind actorName note data }`;

interface Tx {
  id: string;
  reference: string;
  type: string;
  status: string;
  outcome: string | null;
  version: number;
  committeeDueAt: string | null;
  committeeOverdue: boolean;
  policyVersionNumber: number;
  attestationCurrent: boolean | null;
  availableActions: string[];
  currentStep: { key: string; position: number };
  channel: { key: string };
  assignee: { username: string } | null;
  timeline: { kind: string; actorName: string; note: string | null; data: string | null }[];
}
interface Payload {
  transaction: Tx | null;
  errors: { code: string; field: string | null; message: string }[];
}

/** Calls a transaction mutation and returns its payload (or the GraphQL errors). */
async function run(client: GraphQLClient, mutation: string, input: Record<string, unknown>) {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`
    .replace('TransactionCloseInquiryInput', 'TransactionTargetInput')
    .replace('TransactionSubmitToCommitteeInput', 'TransactionTargetInput')
    .replace('TransactionResumeInput', 'TransactionTargetInput')
    .replace('TransactionReturnFromReferralInput', 'TransactionReturnInput');
  const res = await client.graphql<Record<string, Payload>>(
    `mutation Run($input: ${inputType}!) { ${mutation}(input: $input) { transaction { ${FIELDS} } errors { code field message } } }`,
    { input },
  );
  return { payload: res.data?.[mutation] ?? null, errors: res.errors };
}

describe(`transactions through the policy's seven steps (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let officer2: GraphQLClient;
  let researcher: GraphQLClient;
  let otherResearcher: GraphQLClient;
  let committee: GraphQLClient;
  let researcherId: string;
  let beneficiaryId: string;
  let seq = 0;

  const open = async (type: 'INQUIRY' | 'SUPPORT_REQUEST') => {
    const r = await run(officer, 'transactionOpen', {
      beneficiaryId,
      channelKey: 'IN_PERSON',
      type,
      subject: `طلب رقم ${++seq}`,
    });
    expect(r.payload?.errors).toEqual([]);
    return r.payload!.transaction!;
  };
  const at = (t: Tx) => ({ id: t.id, expectedVersion: t.version });
  const ok = (r: Awaited<ReturnType<typeof run>>) => {
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.payload!.errors).toEqual([]);
    return r.payload!.transaction!;
  };
  /** The keys of a step's required checklist items, read from the policy. */
  const required = async (stepKey: string) => {
    const res = await officer.graphql<{
      handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
    }>('{ handlingSteps { key checklist { key required } } }');
    return res
      .data!.handlingSteps.find((s) => s.key === stepKey)!
      .checklist.filter((i) => i.required)
      .map((i) => i.key);
  };
  /** Opens a support request and takes it to the committee step. */
  const toCommittee = async () => {
    let t = await open('SUPPORT_REQUEST');
    t = ok(
      await run(officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('RECEPTION'),
      }),
    );
    t = ok(
      await run(officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('VERIFICATION'),
      }),
    );
    t = ok(
      await run(officer, 'transactionAttest', {
        ...at(t),
        attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
        applicantConfirmed: true,
      }),
    );
    return ok(await run(officer, 'transactionSubmitToCommittee', at(t)));
  };

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'officer1');
    officer2 = await server.userWithRoles(['STAFF'], 'officer2');
    researcher = await server.userWithRoles(['RESEARCHER'], 'researcher1');
    otherResearcher = await server.userWithRoles(['RESEARCHER'], 'researcher2');
    committee = await server.userWithRoles(['COMMITTEE'], 'committee1');
    const me = await researcher.graphql<{ me: { id: string } }>('{ me { id } }');
    researcherId = me.data!.me.id;
    const created = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }`,
      {
        i: {
          fullName: 'سعد بن محمد القحطاني',
          nationalId: withCheckDigit('109876543'),
          mobile: '0501112233',
          city: 'أبها',
          gender: 'MALE',
        },
      },
    );
    beneficiaryId = created.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  it('opens at step 1 under the active policy with a readable reference, and closes an inquiry after step 1', async () => {
    const t = await open('INQUIRY');
    expect(t.reference).toMatch(/^MSR-\d{4}-\d{6}$/);
    expect(t).toMatchObject({
      status: 'OPEN',
      policyVersionNumber: 1,
      currentStep: { key: 'RECEPTION', position: 1 },
      channel: { key: 'IN_PERSON' },
      assignee: { username: 'officer1' },
    });
    expect(t.availableActions).toEqual(
      expect.arrayContaining(['CLOSE_INQUIRY', 'REFER', 'WITHDRAW']),
    );
    expect(t.availableActions).not.toContain('COMPLETE_STEP');
    const closed = ok(
      await run(officer, 'transactionCloseInquiry', { ...at(t), note: 'أجيب عن الاستفسار' }),
    );
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'ANSWERED' });
    expect(closed.timeline.map((e) => e.kind)).toEqual(['OPENED', 'INQUIRY_CLOSED']);
  });

  it('takes a support request through steps 1, 2, 4, 5, 6, 7 (3 only when referred)', async () => {
    let t = await toCommittee();
    expect(t.status).toBe('AWAITING_COMMITTEE');
    const due = new Date(t.committeeDueAt!).getTime();
    expect(Math.round((due - Date.now()) / 86_400_000)).toBe(14);
    t = ok(
      await run(committee, 'transactionDecide', {
        ...at(t),
        decision: 'APPROVE',
        reason: 'مستوفٍ للشروط',
      }),
    );
    expect(t.currentStep.key).toBe('REGISTRATION');
    t = ok(
      await run(officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('REGISTRATION'),
      }),
    );
    expect(t.currentStep.key).toBe('DELIVERY');
    t = ok(await run(officer, 'transactionDeliver', { ...at(t), serviceDelivered: 'سلة غذائية' }));
    expect(t).toMatchObject({ status: 'CLOSED', outcome: 'COMPLETED' });
    expect(t.timeline.map((e) => e.kind)).toEqual([
      'OPENED',
      'STEP_COMPLETED',
      'STEP_COMPLETED',
      'ATTESTED',
      'SUBMITTED_TO_COMMITTEE',
      'APPROVED',
      'STEP_COMPLETED',
      'DELIVERED',
    ]);
    expect(t.timeline.find((e) => e.kind === 'APPROVED')!.actorName).toBe('committee1');
  });

  it('cannot leave step 2 with an unchecked required item, and changes nothing when refused', async () => {
    let t = await open('SUPPORT_REQUEST');
    const atReception = await run(officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: [],
    });
    expect(atReception.payload!.errors[0]!.code).toBe('CHECKLIST_INCOMPLETE');
    t = ok(
      await run(officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('RECEPTION'),
      }),
    );
    expect(t.currentStep.key).toBe('VERIFICATION');
    const refused = await run(officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: ['NATIONAL_ID_COPY'],
    });
    expect(refused.payload!.errors[0]).toMatchObject({
      code: 'CHECKLIST_INCOMPLETE',
      field: 'checkedItems',
    });
    const unknown = await run(officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: ['NOT_AN_ITEM'],
    });
    expect(unknown.payload!.errors[0]!.code).toBe('UNKNOWN_CHECKLIST_ITEM');
    const again = await officer.graphql<{ transaction: Tx }>(
      `{ transaction(id: "${t.id}") { ${FIELDS} } }`,
    );
    expect(again.data!.transaction.version).toBe(t.version);
    expect(again.data!.transaction.currentStep.key).toBe('VERIFICATION');
  });

  it('refers to a researcher with a reason; only that researcher returns it, with guidance', async () => {
    let t = await open('SUPPORT_REQUEST');
    t = ok(
      await run(officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('RECEPTION'),
      }),
    );
    t = ok(
      await run(officer, 'transactionRefer', { ...at(t), researcherId, reasonKey: 'DOCUMENTS' }),
    );
    expect(t).toMatchObject({
      status: 'REFERRED',
      currentStep: { key: 'REFERRAL', position: 3 },
      assignee: { username: 'researcher1' },
    });
    expect(JSON.parse(t.timeline.at(-1)!.data!)).toMatchObject({
      reason: 'DOCUMENTS',
      from: 'VERIFICATION',
    });
    // Only what the caller may do is offered: the researcher it was referred to sees the
    // return, another researcher sees nothing (and is refused below).
    const offered = async (client: GraphQLClient) =>
      (
        await client.graphql<{ transaction: { availableActions: string[] } }>(
          `{ transaction(id: "${t.id}") { availableActions } }`,
        )
      ).data!.transaction.availableActions;
    expect(await offered(researcher)).toEqual(['RETURN_FROM_REFERRAL']);
    expect(await offered(otherResearcher)).toEqual([]);
    const notMine = await run(otherResearcher, 'transactionReturnFromReferral', {
      ...at(t),
      guidance: 'شرحت الإجراءات',
    });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    t = ok(
      await run(researcher, 'transactionReturnFromReferral', {
        ...at(t),
        guidance: 'شرحت المستندات المطلوبة',
      }),
    );
    expect(t).toMatchObject({
      status: 'OPEN',
      currentStep: { key: 'VERIFICATION' },
      assignee: { username: 'officer1' },
    });
  });

  it('records the attestation with a data hash, so a later change to the record shows', async () => {
    const t = await toCommittee();
    expect(t.attestationCurrent).toBe(true);
    const attested = JSON.parse(t.timeline.find((e) => e.kind === 'ATTESTED')!.data!);
    expect(attested).toMatchObject({ applicantConfirmed: true, witness: 'officer1' });
    expect(attested.dataHash).toMatch(/^[0-9a-f]{64}$/);
    await officer.graphql(
      `mutation { beneficiaryUpdate(input: { id: "${beneficiaryId}", city: "خميس مشيط" }) { errors { code } } }`,
    );
    const after = await officer.graphql<{ transaction: Tx }>(
      `{ transaction(id: "${t.id}") { attestationCurrent } }`,
    );
    expect(after.data!.transaction.attestationCurrent).toBe(false);
  });

  it('lets only the committee decide, always with a reason; a rejection closes it', async () => {
    const t = await toCommittee();
    const staffTries = await run(officer, 'transactionDecide', {
      ...at(t),
      decision: 'APPROVE',
      reason: 'ok ok',
    });
    expect(staffTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await run(committee, 'transactionDecide', {
      ...at(t),
      decision: 'REJECT',
      reason: '',
    });
    expect(noReason.payload!.errors[0]!.code).toBe('REASON_REQUIRED');
    const rejected = ok(
      await run(committee, 'transactionDecide', {
        ...at(t),
        decision: 'REJECT',
        reason: 'لا تنطبق الشروط',
      }),
    );
    expect(rejected).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED' });
    expect(rejected.timeline.at(-1)).toMatchObject({ kind: 'REJECTED', note: 'لا تنطبق الشروط' });
  });

  it('pauses the committee clock while deferred to the applicant', async () => {
    let t = await toCommittee();
    const dueBefore = new Date(t.committeeDueAt!).getTime();
    t = ok(
      await run(committee, 'transactionDecide', {
        ...at(t),
        decision: 'DEFER',
        reason: 'ينقص صك الإعالة',
      }),
    );
    expect(t.status).toBe('DEFERRED');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await server.app.orm.em
      .getConnection()
      .execute('update beneficiary_transaction set deferred_at = ? where id = ?', [
        twoDaysAgo,
        Number(t.id),
      ]);
    t = ok(await run(officer, 'transactionResume', { ...at(t), note: 'أحضر المستند' }));
    expect(t.status).toBe('AWAITING_COMMITTEE');
    const moved = new Date(t.committeeDueAt!).getTime() - dueBefore;
    expect(Math.round(moved / 86_400_000)).toBe(2);
  });

  it('flags a committee decision past its due date as overdue', async () => {
    const t = await toCommittee();
    await server.app.orm.em
      .getConnection()
      .execute('update beneficiary_transaction set committee_due_at = ? where id = ?', [
        new Date(Date.now() - 3600_000),
        Number(t.id),
      ]);
    const res = await officer.graphql<{
      transactions: { edges: { node: { id: string; committeeOverdue: boolean } }[] };
    }>(
      '{ transactions(filter: { committeeOverdue: true }) { edges { node { id committeeOverdue } } } }',
    );
    expect(res.data!.transactions.edges.map((e) => e.node.id)).toContain(t.id);
    expect(res.data!.transactions.edges.every((e) => e.node.committeeOverdue)).toBe(true);
  });

  it('refuses a transition the step does not allow, with a typed error, and allows withdrawal with a reason', async () => {
    const t = await open('SUPPORT_REQUEST');
    const early = await run(officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'شيء ما',
    });
    expect(early.payload!.errors[0]!.code).toBe('TRANSITION_NOT_ALLOWED');
    const noReason = await run(officer, 'transactionWithdraw', { ...at(t), reason: '' });
    expect(noReason.payload!.errors[0]!.code).toBe('REASON_REQUIRED');
    const withdrawn = ok(
      await run(officer, 'transactionWithdraw', { ...at(t), reason: 'انتقل إلى مدينة أخرى' }),
    );
    expect(withdrawn).toMatchObject({ status: 'CLOSED', outcome: 'WITHDRAWN' });
    const afterClose = await run(officer, 'transactionWithdraw', {
      ...at(withdrawn),
      reason: 'مرة أخرى',
    });
    expect(afterClose.payload!.errors[0]!.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('lets exactly one of two officers advancing at the same moment win; the other gets CONFLICT', async () => {
    const t = await open('SUPPORT_REQUEST');
    const items = await required('RECEPTION');
    const [a, b] = await Promise.all([
      run(officer, 'transactionCompleteStep', { ...at(t), checkedItems: items }),
      run(officer2, 'transactionCompleteStep', { ...at(t), checkedItems: items }),
    ]);
    for (const r of [a, b]) expect(r.payload?.errors ?? []).toEqual([]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors![0]!.extensions).toMatchObject({
      currentVersion: t.version + 1,
      currentStep: 'VERIFICATION',
    });
    const stale = await run(officer, 'transactionWithdraw', { ...at(t), reason: 'نسخة قديمة' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reads a page of transactions with their relations in a bounded number of statements (no N+1)', async () => {
    const query = `{ transactions(first: 50) { totalCount edges { node { ${FIELDS} beneficiary { fullName } } } } }`;
    server.resetQueries();
    const res = await officer.graphql<{ transactions: { totalCount: number } }>(query);
    expect(res.errors).toBeUndefined();
    expect(res.data!.transactions.totalCount).toBeGreaterThan(8);
    const selects = server.queries.filter((q) => /select /i.test(q));
    // One statement per relation, not one per transaction.
    expect(selects.length).toBeLessThanOrEqual(15);
    // Every beneficiary shown is audited, in one insert for the whole page.
    const auditInserts = server.queries.filter((q) => /insert into [`"]audit_entry[`"]/i.test(q));
    expect(auditInserts).toHaveLength(1);
  });

  it('lets a manager add and retire referral reasons; retired ones are no longer offered', async () => {
    const manager = await server.userWithRoles(['MANAGER'], 'manager-reasons');
    const save = (active: boolean) =>
      manager.graphql<{ referralReasonSave: { referralReason: { key: string; active: boolean } } }>(
        `mutation { referralReasonSave(input: { key: "FORMS", labelAr: "تعبئة النماذج", labelEn: "Filling in forms", active: ${active} }) { referralReason { key active } errors { code } } }`,
      );
    expect((await save(true)).data!.referralReasonSave.referralReason).toEqual({
      key: 'FORMS',
      active: true,
    });
    const offered = async () =>
      (
        await officer.graphql<{ referralReasons: { key: string }[] }>('{ referralReasons { key } }')
      ).data!.referralReasons.map((r) => r.key);
    expect(await offered()).toContain('FORMS');
    await save(false);
    expect(await offered()).not.toContain('FORMS');
    const bad = await manager.graphql(
      'mutation { referralReasonSave(input: { key: "bad key", labelAr: "x", labelEn: "x" }) { errors { code } } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('writes one audit row per action, in the same transaction', async () => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute("select count(*) as n from audit_entry where target_type = 'Transaction'");
    const [events] = await server.app.orm.em
      .getConnection()
      .execute('select count(*) as n from transaction_event');
    expect(Number((row as { n: number }).n)).toBe(Number((events as { n: number }).n));
  });
});
