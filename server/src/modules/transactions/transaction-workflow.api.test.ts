import { describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { FIELDS, run, transactionKit, type Tx } from './transaction-test-kit.js';

describe(`transactions through the policy's seven steps (${testEngine})`, () => {
  const { k, open, at, ok, required, toCommittee } = transactionKit();

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
      await run(k.officer, 'transactionCloseInquiry', { ...at(t), note: 'أجيب عن الاستفسار' }),
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
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'APPROVE',
        reason: 'مستوفٍ للشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
    expect(t.currentStep.key).toBe('REGISTRATION');
    t = ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('REGISTRATION'),
      }),
    );
    expect(t.currentStep.key).toBe('DELIVERY');
    t = ok(
      await run(k.officer, 'transactionDeliver', {
        ...at(t),
        serviceDelivered: 'سلة غذائية',
        checkedItems: await required('DELIVERY'),
      }),
    );
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
    const atReception = await run(k.officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: [],
    });
    expect(atReception.payload!.errors[0]!.code).toBe('CHECKLIST_INCOMPLETE');
    t = ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('RECEPTION'),
      }),
    );
    expect(t.currentStep.key).toBe('VERIFICATION');
    const refused = await run(k.officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: ['NATIONAL_ID_COPY'],
    });
    expect(refused.payload!.errors[0]).toMatchObject({
      code: 'CHECKLIST_INCOMPLETE',
      field: 'checkedItems',
    });
    const unknown = await run(k.officer, 'transactionCompleteStep', {
      ...at(t),
      checkedItems: ['NOT_AN_ITEM'],
    });
    expect(unknown.payload!.errors[0]!.code).toBe('UNKNOWN_CHECKLIST_ITEM');
    const again = await k.officer.graphql<{ transaction: Tx }>(
      `{ transaction(id: "${t.id}") { ${FIELDS} } }`,
    );
    expect(again.data!.transaction.version).toBe(t.version);
    expect(again.data!.transaction.currentStep.key).toBe('VERIFICATION');
  });

  it('refers to a k.researcher with a reason; only that k.researcher returns it, with guidance', async () => {
    let t = await open('SUPPORT_REQUEST');
    t = ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('RECEPTION'),
      }),
    );
    t = ok(
      await run(k.officer, 'transactionRefer', {
        ...at(t),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
    expect(t).toMatchObject({
      status: 'REFERRED',
      currentStep: { key: 'REFERRAL', position: 3 },
      assignee: { username: 'researcher1' },
    });
    expect(t.timeline.at(-1)!.data).toMatchObject({
      reason: 'DOCUMENTS',
      from: 'VERIFICATION',
    });
    // Only what the caller may do is offered: the k.researcher it was referred to sees the
    // return, another k.researcher sees nothing (and is refused below).
    const offered = async (client: GraphQLClient) =>
      (
        await client.graphql<{ transaction: { availableActions: string[] } }>(
          `{ transaction(id: "${t.id}") { availableActions } }`,
        )
      ).data!.transaction.availableActions;
    expect(await offered(k.researcher)).toEqual(['RETURN_FROM_REFERRAL']);
    expect(await offered(k.otherResearcher)).toEqual([]);
    const notMine = await run(k.otherResearcher, 'transactionReturnFromReferral', {
      ...at(t),
      guidance: 'شرحت الإجراءات',
    });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    t = ok(
      await run(k.researcher, 'transactionReturnFromReferral', {
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
    const attested = t.timeline.find((e) => e.kind === 'ATTESTED')!.data!;
    expect(attested).toMatchObject({ applicantConfirmed: true, witness: 'officer1' });
    expect(attested.dataDigest).toMatch(/^[0-9a-f]{64}$/);
    await k.officer.graphql(
      `mutation { beneficiaryUpdate(input: { id: "${k.beneficiaryId}", city: "خميس مشيط" }) { errors { code } } }`,
    );
    const after = await k.officer.graphql<{ transaction: Tx }>(
      `{ transaction(id: "${t.id}") { attestationCurrent } }`,
    );
    expect(after.data!.transaction.attestationCurrent).toBe(false);
  });
});
