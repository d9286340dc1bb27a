/**
 * The workflow exhaustively: every reachable state × every action × every role, through the API.
 * The expected table below is written out by hand from the policy (not derived from the code):
 * an allowed action succeeds on a fresh transaction in that state and is offered in
 * `availableActions`; a role that may never take the action gets FORBIDDEN; a role that may, at
 * the wrong step or status, gets TRANSITION_NOT_ALLOWED; a refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

type RoleName = 'ADMIN' | 'MANAGER' | 'STAFF' | 'RESEARCHER' | 'COMMITTEE' | 'ANALYST';
type Action =
  | 'COMPLETE_STEP'
  | 'CLOSE_INQUIRY'
  | 'REFER'
  | 'RETURN_FROM_REFERRAL'
  | 'ATTEST'
  | 'SUBMIT_TO_COMMITTEE'
  | 'DECIDE'
  | 'RESUME'
  | 'DELIVER'
  | 'RECORD_DELIVERY'
  | 'WITHDRAW';
type State =
  | 'INQUIRY_AT_RECEPTION'
  | 'REQUEST_AT_RECEPTION'
  | 'AT_VERIFICATION'
  | 'REFERRED'
  | 'AT_ATTESTATION'
  | 'AT_COMMITTEE_STEP'
  | 'AWAITING_COMMITTEE'
  | 'DEFERRED'
  | 'AT_REGISTRATION'
  | 'AT_DELIVERY'
  | 'CLOSED';

const ROLES: RoleName[] = ['ADMIN', 'MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE', 'ANALYST'];
const ACTIONS: Action[] = [
  'COMPLETE_STEP',
  'CLOSE_INQUIRY',
  'REFER',
  'RETURN_FROM_REFERRAL',
  'ATTEST',
  'SUBMIT_TO_COMMITTEE',
  'DECIDE',
  'RESUME',
  'DELIVER',
  // Offered only on a registered award (support.api.test.ts): never in these states.
  'RECORD_DELIVERY',
  'WITHDRAW',
];

/** Who may ever take each action (the policy's roles). */
const MAY: Record<Action, RoleName[]> = {
  COMPLETE_STEP: ['STAFF', 'MANAGER'],
  CLOSE_INQUIRY: ['STAFF', 'MANAGER'],
  REFER: ['STAFF', 'MANAGER'],
  RETURN_FROM_REFERRAL: ['RESEARCHER', 'MANAGER'],
  ATTEST: ['STAFF', 'MANAGER'],
  SUBMIT_TO_COMMITTEE: ['STAFF', 'MANAGER'],
  DECIDE: ['COMMITTEE'],
  RESUME: ['STAFF', 'MANAGER'],
  DELIVER: ['STAFF', 'MANAGER'],
  RECORD_DELIVERY: ['STAFF', 'MANAGER'],
  WITHDRAW: ['STAFF', 'MANAGER'],
};

/** Which actions each state allows (to the roles above). */
const ALLOWED: Record<State, Action[]> = {
  INQUIRY_AT_RECEPTION: ['CLOSE_INQUIRY', 'REFER', 'WITHDRAW'],
  REQUEST_AT_RECEPTION: ['COMPLETE_STEP', 'REFER', 'WITHDRAW'],
  AT_VERIFICATION: ['COMPLETE_STEP', 'REFER', 'WITHDRAW'],
  REFERRED: ['RETURN_FROM_REFERRAL', 'WITHDRAW'],
  AT_ATTESTATION: ['ATTEST', 'WITHDRAW'],
  AT_COMMITTEE_STEP: ['SUBMIT_TO_COMMITTEE', 'WITHDRAW'],
  AWAITING_COMMITTEE: ['DECIDE', 'WITHDRAW'],
  DEFERRED: ['RESUME', 'WITHDRAW'],
  AT_REGISTRATION: ['COMPLETE_STEP', 'WITHDRAW'],
  AT_DELIVERY: ['DELIVER', 'WITHDRAW'],
  CLOSED: [],
};

const MUTATION: Record<Action, [string, string]> = {
  COMPLETE_STEP: ['transactionCompleteStep', 'TransactionCompleteStepInput'],
  CLOSE_INQUIRY: ['transactionCloseInquiry', 'TransactionCloseInquiryInput'],
  REFER: ['transactionRefer', 'TransactionReferInput'],
  RETURN_FROM_REFERRAL: ['transactionReturnFromReferral', 'TransactionReturnFromReferralInput'],
  ATTEST: ['transactionAttest', 'TransactionAttestInput'],
  SUBMIT_TO_COMMITTEE: ['transactionSubmitToCommittee', 'TransactionSubmitToCommitteeInput'],
  DECIDE: ['transactionDecide', 'TransactionDecideInput'],
  RESUME: ['transactionResume', 'TransactionResumeInput'],
  DELIVER: ['transactionDeliver', 'TransactionDeliverInput'],
  RECORD_DELIVERY: ['supportDeliveryRecord', 'SupportDeliveryRecordInput'],
  WITHDRAW: ['transactionWithdraw', 'TransactionWithdrawInput'],
};

interface Tx {
  id: string;
  version: number;
  status: string;
  currentStep: { key: string };
}
interface Outcome {
  code: string;
  transaction: Tx | null;
}

describe(`the workflow, state × action × role (${testEngine})`, () => {
  let server: TestServer;
  const as = {} as Record<RoleName, GraphQLClient>;
  let researcherId = '';
  let beneficiaryId = '';
  const checklist: Record<string, string[]> = {};

  /** A valid input for the action, so that only the state and the role decide. */
  const inputFor = (action: Action, t: Tx): Record<string, unknown> => {
    const base = { id: t.id, expectedVersion: t.version };
    switch (action) {
      case 'COMPLETE_STEP':
        return { ...base, checkedItems: checklist[t.currentStep.key] ?? [] };
      case 'REFER':
        return { ...base, researcherId, reasonKey: 'DOCUMENTS' };
      case 'RETURN_FROM_REFERRAL':
        return { ...base, guidance: 'شرحت له الإجراءات خطوة بخطوة' };
      case 'ATTEST':
        return {
          ...base,
          attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
          applicantConfirmed: true,
        };
      case 'DECIDE':
        return {
          ...base,
          decision: 'APPROVE',
          reason: 'استوفى الشروط',
          checkedItems: checklist.COMMITTEE ?? [],
        };
      case 'DELIVER':
        return { ...base, serviceDelivered: 'سلة غذائية', checkedItems: checklist.DELIVERY ?? [] };
      case 'RECORD_DELIVERY':
        return {
          ...base,
          deliveredOn: '2026-01-01',
          quantity: 1,
          acknowledgement: 'SIGNATURE',
          receiptDocumentId: '999999',
        };
      case 'WITHDRAW':
        return { ...base, reason: 'طلب المستفيد ذلك' };
      default:
        return base;
    }
  };

  /** Runs `action` as `role`: OK, a GraphQL error code, or a payload error code. */
  const attempt = async (
    role: RoleName,
    action: Action,
    t: Tx,
    input = inputFor(action, t),
  ): Promise<Outcome> => {
    const [name, type] = MUTATION[action];
    const res = await as[role].graphql<
      Record<string, { transaction: Tx | null; errors: { code: string }[] }>
    >(
      `mutation($i: ${type}!) { ${name}(input: $i) { transaction { id version status currentStep { key } } errors { code } } }`,
      { i: input },
    );
    if (res.errors?.length)
      return { code: String(res.errors[0]!.extensions?.code), transaction: null };
    const payload = res.data![name]!;
    return { code: payload.errors[0]?.code ?? 'OK', transaction: payload.transaction };
  };
  const must = async (
    role: RoleName,
    action: Action,
    t: Tx,
    extra: Record<string, unknown> = {},
  ) => {
    const r = await attempt(role, action, t, { ...inputFor(action, t), ...extra });
    expect(r.code, `${role} ${action} at ${t.currentStep.key}`).toBe('OK');
    return r.transaction!;
  };

  /** A fresh transaction in `state`, reached through the API by the right roles. */
  const reach = async (state: State): Promise<Tx> => {
    const open = async (type: string) => {
      const res = await as.STAFF.graphql<{ transactionOpen: { transaction: Tx } }>(
        'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version status currentStep { key } } } }',
        { i: { beneficiaryId, channelKey: 'PHONE', type, subject: 'طلب مساعدة' } },
      );
      return res.data!.transactionOpen.transaction;
    };
    if (state === 'INQUIRY_AT_RECEPTION') return open('INQUIRY');
    let t = await open('SUPPORT_REQUEST');
    if (state === 'REQUEST_AT_RECEPTION') return t;
    t = await must('STAFF', 'COMPLETE_STEP', t);
    if (state === 'AT_VERIFICATION') return t;
    if (state === 'REFERRED') return must('STAFF', 'REFER', t);
    t = await must('STAFF', 'COMPLETE_STEP', t);
    if (state === 'AT_ATTESTATION') return t;
    t = await must('STAFF', 'ATTEST', t);
    if (state === 'AT_COMMITTEE_STEP') return t;
    t = await must('STAFF', 'SUBMIT_TO_COMMITTEE', t);
    if (state === 'AWAITING_COMMITTEE') return t;
    if (state === 'DEFERRED') return must('COMMITTEE', 'DECIDE', t, { decision: 'DEFER' });
    t = await must('COMMITTEE', 'DECIDE', t);
    if (state === 'AT_REGISTRATION') return t;
    t = await must('STAFF', 'COMPLETE_STEP', t);
    if (state === 'AT_DELIVERY') return t;
    return must('STAFF', 'DELIVER', t);
  };

  const countRows = async (id: string) => {
    const conn = server.app.orm.em.getConnection();
    const [events] = await conn.execute<{ n: number }[]>(
      'select count(*) as n from transaction_event where transaction_id = ?',
      [Number(id)],
    );
    const [audit] = await conn.execute<{ n: number }[]>(
      "select count(*) as n from audit_entry where target_type = 'Transaction' and target_id = ?",
      [id],
    );
    return [Number(events!.n), Number(audit!.n)];
  };

  beforeAll(async () => {
    server = await TestServer.start();
    for (const role of ROLES) {
      as[role] = await server.userWithRoles([role], `sm-${role.toLowerCase()}`);
    }
    researcherId = (await as.RESEARCHER.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me
      .id;
    const steps = await as.STAFF.graphql<{
      handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
    }>('{ handlingSteps { key checklist { key required } } }');
    for (const s of steps.data!.handlingSteps) {
      checklist[s.key] = s.checklist.filter((i) => i.required).map((i) => i.key);
    }
    const reasons = await as.STAFF.graphql<{ referralReasons: { key: string }[] }>(
      '{ referralReasons { key } }',
    );
    expect(reasons.data!.referralReasons.map((r) => r.key)).toContain('DOCUMENTS');
    const b = await as.STAFF.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'نورة سعد العتيبي',
          nationalId: withCheckDigit('104455667'),
          mobile: '0533334444',
          city: 'الطائف',
          gender: 'FEMALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  it.each(Object.keys(ALLOWED) as State[])(
    '%s: every action × role as the table says',
    async (state) => {
      const shared = await reach(state);
      const rowsBefore = await countRows(shared.id);
      const seen: string[] = [];
      const expected: string[] = [];
      for (const action of ACTIONS) {
        for (const role of ROLES) {
          const want = !MAY[action].includes(role)
            ? 'FORBIDDEN'
            : ALLOWED[state].includes(action)
              ? 'OK'
              : 'TRANSITION_NOT_ALLOWED';
          expected.push(`${action}/${role}: ${want}`);
          // An allowed action runs on a fresh copy; a refused one on the shared copy, which must not move.
          const target = want === 'OK' ? await reach(state) : shared;
          const got = await attempt(role, action, target);
          seen.push(`${action}/${role}: ${got.code}`);
        }
      }
      expect(seen).toEqual(expected);
      // Nothing refused changed the shared transaction: same version, no timeline or audit rows.
      const after = await as.STAFF.graphql<{ transaction: Tx & { availableActions: string[] } }>(
        `{ transaction(id: "${shared.id}") { id version status currentStep { key } availableActions } }`,
      );
      expect(after.data!.transaction).toMatchObject({
        version: shared.version,
        status: shared.status,
        currentStep: shared.currentStep,
      });
      expect(await countRows(shared.id)).toEqual(rowsBefore);
      // The interface offers exactly the allowed actions to each role that can read transactions.
      for (const role of ['STAFF', 'MANAGER', 'RESEARCHER', 'COMMITTEE'] as const) {
        const offered = await as[role].graphql<{ transaction: { availableActions: string[] } }>(
          `{ transaction(id: "${shared.id}") { availableActions } }`,
        );
        const want = ALLOWED[state].filter((a) => MAY[a].includes(role));
        expect(offered.data!.transaction.availableActions.sort(), `${role} at ${state}`).toEqual(
          want.sort(),
        );
      }
    },
  );
});
