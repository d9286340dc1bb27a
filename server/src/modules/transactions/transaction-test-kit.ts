import { afterAll, beforeAll, expect } from 'vitest';
import { TestServer, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

/**
 * What the transaction workflow's API tests share: the fields they read, the mutation caller,
 * and a server with an officer, a second officer, two researchers, a committee member and a
 * beneficiary (`transactionKit()` registers its start and stop).
 */

export const FIELDS = `id reference type status outcome version committeeDueAt committeeOverdue
  policyVersionNumber attestationCurrent availableActions
  currentStep { key position } channel { key } assignee { username }
  timeline { kind actorName note data { reason from applicantConfirmed witness dataDigest checkedItems } }`;

export interface Tx {
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
  timeline: {
    kind: string;
    actorName: string;
    note: string | null;
    data: Record<string, unknown> | null;
  }[];
}
interface Payload {
  transaction: Tx | null;
  errors: { code: string; field: string | null; message: string }[];
}

/** Calls a transaction mutation and returns its payload (or the GraphQL errors). */
export async function run(client: GraphQLClient, mutation: string, input: Record<string, unknown>) {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const res = await client.graphql<Record<string, Payload>>(
    `mutation Run($input: ${inputType}!) { ${mutation}(input: $input) { transaction { ${FIELDS} } errors { code field message } } }`,
    { input },
  );
  return { payload: res.data?.[mutation] ?? null, errors: res.errors };
}

export interface TransactionKit {
  server: TestServer;
  officer: GraphQLClient;
  officer2: GraphQLClient;
  researcher: GraphQLClient;
  otherResearcher: GraphQLClient;
  committee: GraphQLClient;
  researcherId: string;
  beneficiaryId: string;
}

/** Starts the server and its users before the file's tests, and the helpers that act on it. */
export function transactionKit() {
  const k = {} as TransactionKit;
  let seq = 0;
  const open = async (type: 'INQUIRY' | 'SUPPORT_REQUEST') => {
    const r = await run(k.officer, 'transactionOpen', {
      beneficiaryId: k.beneficiaryId,
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
    const res = await k.officer.graphql<{
      handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
    }>('{ handlingSteps { key checklist { key required } } }');
    return res
      .data!.handlingSteps.find((s) => s.key === stepKey)!
      .checklist.filter((i) => i.required)
      .map((i) => i.key);
  };
  /** Completes the transaction's step `stepKey` as the officer, with its required items. */
  const complete = async (t: Tx, stepKey: string) =>
    ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required(stepKey),
      }),
    );
  /** The committee approves, with the step's required items. */
  const approve = async (t: Tx) =>
    ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'APPROVE',
        reason: 'مستوفٍ للشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
  /** Refers the transaction to researcher1 for missing documents. */
  const refer = async (t: Tx) =>
    ok(
      await run(k.officer, 'transactionRefer', {
        ...at(t),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
  /** Opens a support request and takes it to the k.committee step. */
  const toCommittee = async () => {
    let t = await complete(await open('SUPPORT_REQUEST'), 'RECEPTION');
    t = await complete(t, 'VERIFICATION');
    t = ok(
      await run(k.officer, 'transactionAttest', {
        ...at(t),
        attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
        applicantConfirmed: true,
      }),
    );
    // The officer records what step 5 asks before the committee: the beneficiary told.
    return ok(
      await run(k.officer, 'transactionSubmitToCommittee', {
        ...at(t),
        checkedItems: ['BENEFICIARY_INFORMED'],
      }),
    );
  };

  beforeAll(async () => {
    k.server = await TestServer.start();
    k.officer = await k.server.userWithRoles(['STAFF'], 'officer1');
    k.officer2 = await k.server.userWithRoles(['STAFF'], 'officer2');
    k.researcher = await k.server.userWithRoles(['RESEARCHER'], 'researcher1');
    k.otherResearcher = await k.server.userWithRoles(['RESEARCHER'], 'researcher2');
    k.committee = await k.server.userWithRoles(['COMMITTEE'], 'committee1');
    const me = await k.researcher.graphql<{ me: { id: string } }>('{ me { id } }');
    k.researcherId = me.data!.me.id;
    const created = await k.officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
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
    k.beneficiaryId = created.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => k.server?.stop());

  return { k, open, at, ok, required, toCommittee, complete, approve, refer };
}
