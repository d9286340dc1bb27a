import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { riyadhDay } from '../calendar/working-days.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import { UPLOAD_HEADER } from '../common/uploads.js';
import { run, transactionKit, type Tx } from '../transactions/transaction-test-kit.js';
import { validUntilOf } from './support.service.js';

const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.alloc(400, 7),
]);
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(500, 0x20),
  Buffer.from('%%EOF\n'),
]);

const AWARD = `supportAward { stage quantity frequency validityMonths totalQuantity deliveredQuantity
  validFrom validUntil supportType { key unit }
  deliveries { deliveredOn quantity items handedOverBy acknowledgement receipt { contentType } } }`;
interface Award {
  stage: string;
  totalQuantity: number;
  deliveredQuantity: number;
  validFrom: string | null;
  validUntil: string | null;
  deliveries: { quantity: number; handedOverBy: string; acknowledgement: string }[];
}
type Errors = { code: string; field: string | null }[];

describe(`registration and delivery of approved support (${testEngine})`, () => {
  const { k, at, ok, required, toCommittee, complete, approve } = transactionKit();
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  const today = riyadhDay(new Date());

  const awardOf = async (client: GraphQLClient, t: Tx) => {
    const res = await client.graphql<{ transaction: { supportAward: Award | null } }>(
      `query($id: ID!) { transaction(id: $id) { ${AWARD} } }`,
      { id: t.id },
    );
    return { award: res.data?.transaction?.supportAward ?? null, errors: res.errors };
  };
  const propose = async (client: GraphQLClient, t: Tx, input: Record<string, unknown> = {}) => {
    const res = await client.graphql<{ supportAwardPropose: { errors: Errors } }>(
      `mutation($i: SupportAwardProposeInput!) { supportAwardPropose(input: $i) { award { stage } errors { code field } } }`,
      {
        i: {
          transactionId: t.id,
          supportTypeKey: 'FOOD_BASKET',
          quantity: 1,
          frequency: 'MONTHLY',
          validityMonths: 3,
          ...input,
        },
      },
    );
    return res.errors?.[0]?.extensions?.code ?? res.data!.supportAwardPropose.errors;
  };
  const receipt = async (
    body: Buffer,
    type = 'DELIVERY_RECEIPT',
    beneficiaryId = k.beneficiaryId,
  ) => {
    const res = await fetch(
      `${k.server.app.url}/api/beneficiaries/${beneficiaryId}/documents?type=${type}`,
      {
        method: 'POST',
        headers: { 'x-filename': 'receipt', ...k.officer.headers, [UPLOAD_HEADER]: '1' },
        body: new Uint8Array(body),
      },
    );
    const json = (await res.json()) as { document: { id: string } };
    return json.document.id;
  };
  const deliver = (t: Tx, input: Record<string, unknown>) =>
    run(k.officer, 'supportDeliveryRecord', {
      ...at(t),
      deliveredOn: today,
      quantity: 1,
      acknowledgement: 'SIGNATURE',
      ...input,
    });
  const codes = (r: Awaited<ReturnType<typeof run>>) => r.payload!.errors.map((e) => e.code);

  beforeAll(async () => {
    manager = await k.server.userWithRoles(['MANAGER'], 'support-manager');
    analyst = await k.server.userWithRoles(['ANALYST'], 'support-analyst');
  });

  it('keeps support types as data: every role reads them, managers change them, typed errors', async () => {
    const list = await analyst.graphql<{ supportTypes: { key: string; unit: string }[] }>(
      '{ supportTypes { key unit } }',
    );
    expect(list.data!.supportTypes.map((t) => t.key)).toEqual([
      'CASH',
      'FOOD_BASKET',
      'RENT',
      'BILLS',
      'DEVICES',
      'TRAINING',
    ]);
    const SAVE = `mutation($i: SupportTypeSaveInput!) { supportTypeSave(input: $i) { supportType { key unit recentWindowDays } errors { code field } } }`;
    const name = { ar: 'كفالة يتيم', en: 'Orphan sponsorship' };
    const i = { key: 'ORPHAN', name, unit: 'SAR', recentWindowDays: 30 };
    expect((await k.officer.graphql(SAVE, { i })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    type Saved = { supportTypeSave: { supportType: unknown; errors: Errors } };
    const bad = await manager.graphql<Saved>(SAVE, { i: { ...i, recentWindowDays: -1 } });
    expect(bad.data!.supportTypeSave.errors).toEqual([
      { code: 'OUT_OF_RANGE', field: 'recentWindowDays' },
    ]);
    const dup = await manager.graphql<Saved>(SAVE, { i: { ...i, key: 'CASH' } });
    expect(dup.data!.supportTypeSave.errors).toEqual([{ code: 'DUPLICATE_KEY', field: 'key' }]);
    const added = await manager.graphql<Saved>(SAVE, { i });
    expect(added.data!.supportTypeSave).toEqual({
      supportType: { key: 'ORPHAN', unit: 'SAR', recentWindowDays: 30 },
      errors: [],
    });
  });

  it('carries a request from the committee’s approval through registration to the last delivery', async () => {
    let t = await toCommittee();
    // Only the committee (or a manager) records what is approved, and only valid amounts.
    expect(await propose(k.officer, t)).toBe('FORBIDDEN');
    expect(await propose(k.committee, t, { supportTypeKey: 'NOPE' })).toEqual([
      { code: 'UNKNOWN_SUPPORT_TYPE', field: 'supportTypeKey' },
    ]);
    expect(await propose(k.committee, t, { quantity: 0 })).toEqual([
      { code: 'OUT_OF_RANGE', field: 'quantity' },
    ]);
    expect(await propose(k.committee, t, { validityMonths: 37 })).toEqual([
      { code: 'OUT_OF_RANGE', field: 'validityMonths' },
    ]);
    expect((await awardOf(k.committee, t)).award).toBeNull();
    expect(await propose(k.committee, t)).toEqual([]);
    expect((await awardOf(k.committee, t)).award).toMatchObject({
      stage: 'PROPOSED',
      totalQuantity: 3,
    });
    // Analysts never see what a person was given.
    expect((await awardOf(analyst, t)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    t = await approve(t);
    expect((await awardOf(k.officer, t)).award!.stage).toBe('APPROVED');
    t = await complete(t, 'REGISTRATION');
    expect(t.currentStep.key).toBe('DELIVERY');
    expect((await awardOf(k.officer, t)).award).toMatchObject({
      stage: 'REGISTERED',
      validFrom: today,
      validUntil: validUntilOf(today, 3),
    });

    // Step 7 offers the deliveries of what was approved, not the plain "delivered, close",
    // which is refused while anything approved is outstanding.
    expect(t.availableActions.sort()).toEqual(['RECORD_DELIVERY', 'WITHDRAW']);
    const plain = await run(k.officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'سلة غذائية',
      checkedItems: await required('DELIVERY'),
    });
    expect(codes(plain)).toEqual(['DELIVERIES_OUTSTANDING']);

    const signature = await receipt(png);
    const register = await receipt(pdf, 'FAMILY_REGISTER');
    const scan = await receipt(pdf);
    // Another beneficiary's signed receipt cannot acknowledge this one's delivery.
    const other = await k.officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }`,
      {
        i: {
          fullName: 'نورة علي الزهراني',
          nationalId: withCheckDigit('104455667'),
          mobile: '0557778899',
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    const foreign = await receipt(
      png,
      'DELIVERY_RECEIPT',
      other.data!.beneficiaryCreate.beneficiary.id,
    );
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    for (const [input, code] of [
      [{ quantity: 4, receiptDocumentId: signature }, 'EXCEEDS_APPROVED'],
      [{ deliveredOn: tomorrow, receiptDocumentId: signature }, 'IN_THE_FUTURE'],
      [{ deliveredOn: '2026-02-30', receiptDocumentId: signature }, 'INVALID_DATE'],
      [{ receiptDocumentId: register }, 'INVALID_RECEIPT'],
      [{ receiptDocumentId: foreign }, 'INVALID_RECEIPT'],
      [{ receiptDocumentId: scan }, 'INVALID_RECEIPT'], // a signature is a PNG drawn on screen
    ] as const) {
      expect(codes(await deliver(t, input)), JSON.stringify(input)).toEqual([code]);
    }
    expect((await awardOf(k.officer, t)).award!.deliveredQuantity).toBe(0);

    t = ok(await deliver(t, { quantity: 2, items: 'سلتان', receiptDocumentId: signature }));
    expect(t.status).toBe('OPEN');
    expect(t.timeline.at(-1)!.kind).toBe('DELIVERY_RECORDED');
    // The last delivery ends step 7: its checklist is asked for, then the transaction closes.
    expect(
      codes(await deliver(t, { acknowledgement: 'RECEIPT', receiptDocumentId: scan })),
    ).toEqual(['CHECKLIST_INCOMPLETE']);
    t = ok(
      await deliver(t, {
        acknowledgement: 'RECEIPT',
        receiptDocumentId: scan,
        checkedItems: await required('DELIVERY'),
      }),
    );
    expect([t.status, t.outcome]).toEqual(['CLOSED', 'COMPLETED']);
    expect(t.timeline.slice(-2).map((e) => e.kind)).toEqual(['DELIVERY_RECORDED', 'DELIVERED']);
    const done = (await awardOf(k.officer, t)).award!;
    expect(done).toMatchObject({ stage: 'DELIVERED', deliveredQuantity: 3 });
    expect(done.deliveries.map((d) => [d.quantity, d.acknowledgement])).toEqual([
      [1, 'RECEIPT'],
      [2, 'SIGNATURE'],
    ]);
    expect(done.deliveries[0]!.handedOverBy).toBeTruthy();
  });

  it('shows the committee what the household was given, warns of the same support, lists renewals', async () => {
    const t = await toCommittee();
    const res = await k.committee.graphql<{
      transaction: {
        supportGivenLastYear: {
          supportType: { key: string };
          deliveries: number;
          quantity: number;
        }[];
        recentSupport: { supportType: { key: string }; quantity: number }[];
      };
    }>(
      `query($id: ID!) { transaction(id: $id) {
        supportGivenLastYear { supportType { key } deliveries quantity lastDeliveredOn }
        recentSupport { supportType { key } quantity } } }`,
      { id: t.id },
    );
    expect(res.data!.transaction.supportGivenLastYear).toEqual([
      { supportType: { key: 'FOOD_BASKET' }, deliveries: 2, quantity: 3, lastDeliveredOn: today },
    ]);
    expect(res.data!.transaction.recentSupport.map((d) => d.quantity)).toEqual([1, 2]);
    const denied = await analyst.graphql(
      `query($id: ID!) { transaction(id: $id) { recentSupport { quantity } } }`,
      {
        id: t.id,
      },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A rejection drops what was proposed.
    expect(await propose(k.committee, t, { supportTypeKey: 'CASH', quantity: 500 })).toEqual([]);
    ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'REJECT',
        reason: 'لا تنطبق الشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
    expect((await awardOf(k.officer, t)).award).toBeNull();

    // The registration of the first test ends in about three months: due within 100 days.
    const RENEWALS = `query($d: Int!) { supportRenewals(withinDays: $d, first: 10) { totalCount
      edges { node { transactionReference beneficiaryName daysLeft award { supportType { key } validUntil } } } } }`;
    type Renewals = {
      supportRenewals: { totalCount: number; edges: { node: { daysLeft: number } }[] };
    };
    const soon = await k.officer.graphql<Renewals>(RENEWALS, { d: 100 });
    expect(soon.data!.supportRenewals.totalCount).toBe(1);
    expect(soon.data!.supportRenewals.edges[0]!.node.daysLeft).toBeGreaterThan(80);
    const month = await k.officer.graphql<Renewals>(RENEWALS, { d: 30 });
    expect(month.data!.supportRenewals.totalCount).toBe(0);
    expect((await analyst.graphql(RENEWALS, { d: 100 })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await k.officer.graphql(RENEWALS, { d: 0 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('gives analysts the support delivered by type and month, households served, renewals due', async () => {
    const FIGURES = `query($p: DashboardPeriod!) { supportFigures(period: $p) {
      byMonth { month supportType { key unit } deliveries quantity households }
      householdsServed deliveries renewalsDue } }`;
    const now = Date.now();
    const period = { from: new Date(now - 7 * 86_400_000), to: new Date(now + 86_400_000) };
    const res = await analyst.graphql<{ supportFigures: Record<string, unknown> }>(FIGURES, {
      p: period,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.supportFigures).toEqual({
      byMonth: [
        {
          month: today.slice(0, 7),
          supportType: { key: 'FOOD_BASKET', unit: 'ITEM' },
          deliveries: 2,
          quantity: 3,
          households: 1,
        },
      ],
      householdsServed: 1,
      deliveries: 2,
      // The one registration ends in about three months, beyond the next 30 days.
      renewalsDue: 0,
    });
    const before = { from: new Date(now - 60 * 86_400_000), to: new Date(now - 40 * 86_400_000) };
    const none = await manager.graphql<{ supportFigures: { deliveries: number } }>(FIGURES, {
      p: before,
    });
    expect(none.data!.supportFigures.deliveries).toBe(0);
    const staff = await k.officer.graphql(FIGURES, { p: period });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
