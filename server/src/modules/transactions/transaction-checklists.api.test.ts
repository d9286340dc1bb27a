import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { run, transactionKit, type Tx } from './transaction-test-kit.js';

/**
 * Steps 5 (the committee) and 7 (delivery) record the policy's checklist as step 1, 2 and 6 do
 * (issue 16 item 6): submitting to the committee records what the officer did before it, the
 * committee's approval or rejection ends the step and needs every required item (counting the
 * submission's and a deferral's), and the delivery needs its own.
 */
describe(`the checklists of steps 5 and 7 (${testEngine})`, () => {
  const { k, open, at, ok, required } = transactionKit();

  /** A support request at step 5, not yet submitted. */
  const atCommitteeStep = async (): Promise<Tx> => {
    let t = await open('SUPPORT_REQUEST');
    for (const step of ['RECEPTION', 'VERIFICATION']) {
      t = ok(
        await run(k.officer, 'transactionCompleteStep', {
          ...at(t),
          checkedItems: await required(step),
        }),
      );
    }
    return ok(
      await run(k.officer, 'transactionAttest', {
        ...at(t),
        attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
        applicantConfirmed: true,
      }),
    );
  };
  const codeOf = (r: Awaited<ReturnType<typeof run>>) => {
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.payload!.errors.map((e) => [e.code, e.field, e.message]);
  };
  const lastData = (t: Tx) => t.timeline.at(-1)!.data;

  it('records the submission’s items; an item of another step is refused', async () => {
    const t = await atCommitteeStep();
    expect(await required('COMMITTEE')).toEqual([
      'BENEFICIARY_INFORMED',
      'REQUEST_STUDIED',
      'DECISION_RECORDED',
      'BENEFICIARY_NOTIFIED',
    ]);
    const wrong = await run(k.officer, 'transactionSubmitToCommittee', {
      ...at(t),
      checkedItems: ['BENEFICIARY_INFORMED', 'SERVICE_DELIVERED'],
    });
    expect(codeOf(wrong)).toEqual([
      [
        'UNKNOWN_CHECKLIST_ITEM',
        'checkedItems',
        "Not on this step's checklist: SERVICE_DELIVERED.",
      ],
    ]);
    // Nothing changed: the same version submits.
    const submitted = ok(
      await run(k.officer, 'transactionSubmitToCommittee', {
        ...at(t),
        checkedItems: ['BENEFICIARY_INFORMED'],
      }),
    );
    expect(submitted.version).toBe(t.version + 1);
    expect(submitted.timeline.at(-1)!.kind).toBe('SUBMITTED_TO_COMMITTEE');
    expect(lastData(submitted)).toMatchObject({ checkedItems: ['BENEFICIARY_INFORMED'] });
  });

  it('an approval needs the step’s required items, counting the submission’s and a deferral’s', async () => {
    let t = ok(
      await run(k.officer, 'transactionSubmitToCommittee', {
        ...at(await atCommitteeStep()),
        checkedItems: ['BENEFICIARY_INFORMED'],
      }),
    );
    const early = await run(k.committee, 'transactionDecide', {
      ...at(t),
      decision: 'APPROVE',
      reason: 'مستوفٍ للشروط',
      checkedItems: ['REQUEST_STUDIED'],
    });
    expect(codeOf(early)).toEqual([
      [
        'CHECKLIST_INCOMPLETE',
        'checkedItems',
        'Required items not checked: DECISION_RECORDED, BENEFICIARY_NOTIFIED.',
      ],
    ]);
    // A deferral does not end the step: it records what it checked and asks for nothing more.
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'DEFER',
        reason: 'ينقص عقد الإيجار',
        checkedItems: ['REQUEST_STUDIED'],
      }),
    );
    expect(lastData(t)).toMatchObject({ checkedItems: ['REQUEST_STUDIED'] });
    t = ok(await run(k.officer, 'transactionResume', at(t)));
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'APPROVE',
        reason: 'مستوفٍ للشروط',
        checkedItems: ['DECISION_RECORDED', 'BENEFICIARY_NOTIFIED'],
      }),
    );
    expect(t.currentStep.key).toBe('REGISTRATION');
    expect(t.timeline.at(-1)).toMatchObject({
      kind: 'APPROVED',
      data: { checkedItems: ['DECISION_RECORDED', 'BENEFICIARY_NOTIFIED'] },
    });
  });

  it('a rejection ends the step too: the beneficiary must have been told and notified', async () => {
    // Submitted without the officer's item: the committee's rejection must record it.
    const t = ok(await run(k.officer, 'transactionSubmitToCommittee', at(await atCommitteeStep())));
    const missing = await run(k.committee, 'transactionDecide', {
      ...at(t),
      decision: 'REJECT',
      reason: 'لا تنطبق الشروط',
      checkedItems: ['REQUEST_STUDIED', 'DECISION_RECORDED'],
    });
    expect(codeOf(missing)).toEqual([
      [
        'CHECKLIST_INCOMPLETE',
        'checkedItems',
        'Required items not checked: BENEFICIARY_INFORMED, BENEFICIARY_NOTIFIED.',
      ],
    ]);
    const rejected = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'REJECT',
        reason: 'لا تنطبق الشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
    expect(rejected).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED' });
    expect(lastData(rejected)).toMatchObject({ checkedItems: await required('COMMITTEE') });
  });

  it('the delivery needs its required items and records them', async () => {
    let t = ok(
      await run(k.officer, 'transactionSubmitToCommittee', {
        ...at(await atCommitteeStep()),
        checkedItems: ['BENEFICIARY_INFORMED'],
      }),
    );
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'APPROVE',
        reason: 'مستوفٍ للشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
    t = ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(t),
        checkedItems: await required('REGISTRATION'),
      }),
    );
    const none = await run(k.officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'سلة غذائية',
    });
    expect(codeOf(none)).toEqual([
      [
        'CHECKLIST_INCOMPLETE',
        'checkedItems',
        'Required items not checked: SERVICE_DELIVERED, DELIVERY_RECORDED.',
      ],
    ]);
    const unknown = await run(k.officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'سلة غذائية',
      checkedItems: ['SERVICE_DELIVERED', 'DELIVERY_RECORDED', 'BENEFICIARY_NOTIFIED'],
    });
    expect(codeOf(unknown)[0]![0]).toBe('UNKNOWN_CHECKLIST_ITEM');
    const delivered = ok(
      await run(k.officer, 'transactionDeliver', {
        ...at(t),
        serviceDelivered: 'سلة غذائية',
        checkedItems: ['SERVICE_DELIVERED', 'DELIVERY_RECORDED', 'SURVEY_OFFERED'],
      }),
    );
    expect(delivered).toMatchObject({ status: 'CLOSED', outcome: 'COMPLETED' });
    expect(delivered.timeline.at(-1)).toMatchObject({
      kind: 'DELIVERED',
      data: { checkedItems: ['SERVICE_DELIVERED', 'DELIVERY_RECORDED', 'SURVEY_OFFERED'] },
    });
  });
});
