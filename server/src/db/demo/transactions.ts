/**
 * Demo transactions: each one through the policy's steps with believable timings (referrals,
 * withdrawals, deferrals, some committee decisions late), its timeline events, stopping at `now`.
 */
import type { User } from '../../modules/accounts/user.entity.js';
import type { Channel } from '../../modules/policy/channel.entity.js';
import { AwardStage } from '../../modules/support/support.enums.js';
import { beneficiaryDataHash } from '../../modules/transactions/transaction.service.js';
import { DAY, HOUR, type DemoContext } from './demo-context.js';
import * as words from './demo-data.js';
import type { Person } from './beneficiaries.js';
import {
  deliver,
  deliveredEvent,
  nextDeliveryAt,
  proposeAward,
  registerAward,
  writeAward,
  type DemoAward,
} from './support.js';

/** Referral reasons (the seeded ones), weighted as officers give them: documents most often. */
const REFERRAL_REASONS = [
  'DOCUMENTS',
  'DOCUMENTS',
  'DOCUMENTS',
  'ELIGIBILITY',
  'ELIGIBILITY',
  'PROCEDURE',
  'PROCEDURE',
  'SUPPORT_TYPES',
  'SOCIAL_RESEARCH',
  'OTHER',
];

/** What the survey and feedback generators need to know of a transaction written. */
export interface WrittenTransaction {
  id: number;
  person: Person;
  channel: Channel;
  type: string;
  officer: User;
  opened: number;
  closedAt: number | null;
  outcome: string | null;
  late: boolean;
}

/** Writes the `i`-th of `n` transactions (more of them in recent months) with its timeline. */
export function writeTransaction(
  ctx: DemoContext,
  i: number,
  n: number,
  people: Person[],
): WrittenTransaction {
  const { rnd, now, start, step, users } = ctx;
  const { events, transactions } = ctx.tables;
  // Volume grows over the period: more transactions in recent months.
  const u = (i + rnd.next()) / n;
  // Moved to a working hour, but never past `now`.
  const opened = Math.min(
    ctx.workTime(start + Math.pow(u, 0.85) * (now - start - 2 * HOUR), 0, 0),
    now - HOUR,
  );
  const id = ctx.ids.transactions++;
  const who = (i * 7 + rnd.int(0, people.length - 1)) % people.length;
  const person = people[who]!;
  const channel = rnd.weighted(ctx.channels);
  const type = rnd.chance(0.55) ? 'INQUIRY' : 'SUPPORT_REQUEST';
  const officer = rnd.pick(users.staff);
  const subject = rnd.pick(type === 'INQUIRY' ? words.INQUIRY_SUBJECTS : words.SUPPORT_SUBJECTS);

  // The timeline, step by step, stopping at `now`.
  let t = opened;
  let current = step.RECEPTION!;
  let status = 'OPEN';
  let outcome: string | null = null;
  let closedAt: number | null = null;
  let assignee = officer;
  let returnStep: number | null = null;
  let submittedAt: number | null = null;
  let dueAt: number | null = null;
  let deferredAt: number | null = null;
  let referralDueAt: number | null = null;
  let attested: string | null = null;
  let late = false;
  let lockVersion = 0;
  let lastEventAt: number | null = null;
  let award: DemoAward | null = null;
  const event = (
    kind: string,
    at: number,
    actor: User,
    stepId: number,
    note: string | null = null,
    data: object | null = null,
  ) => {
    lockVersion++;
    events.add({
      id: ctx.ids.events++,
      transaction: id,
      kind,
      step: stepId,
      actor: actor.id,
      actorName: actor.username,
      at,
      note,
      data: data == null ? null : JSON.stringify(data),
      gapSeconds: lastEventAt === null ? null : Math.round((at - lastEventAt) / 1000),
    });
    lastEventAt = at;
  };
  event('OPENED', opened, officer, current.id, null, { channel: channel.key, type });

  const next = (min: number, max: number) => {
    const at = ctx.workTime(t, min, max);
    if (at > now) return null;
    t = at;
    return at;
  };
  const withdraw = (p: number) => {
    if (!rnd.chance(p)) return false;
    const at = next(0.5, 6);
    if (at === null) return true;
    event('WITHDRAWN', at, officer, current.id, 'طلب المستفيد سحب المعاملة');
    status = 'CLOSED';
    outcome = 'WITHDRAWN';
    closedAt = at;
    return true;
  };
  const refer = () => {
    const researcher = rnd.pick(users.researchers);
    let at = next(0, 1);
    if (at === null) return false;
    const from = current;
    event('REFERRED', at, officer, from.id, null, {
      reason: rnd.pick(REFERRAL_REASONS),
      from: from.key,
      researcher: researcher.username,
      ...ctx.referralWindow,
    });
    status = 'REFERRED';
    current = step.REFERRAL!;
    returnStep = from.id;
    assignee = researcher;
    referralDueAt = ctx.referralDue(at);
    at = next(0.5, 4);
    if (at === null) return false;
    event('REFERRAL_RETURNED', at, researcher, current.id, 'شُرحت الإجراءات للمستفيد');
    status = 'OPEN';
    current = from;
    returnStep = null;
    referralDueAt = null;
    assignee = officer;
    return true;
  };

  run: {
    if (type === 'INQUIRY') {
      if (rnd.chance(0.08) && !refer()) break run;
      if (withdraw(0.03)) break run;
      const at = next(0, 1.2);
      if (at === null) break run;
      event('INQUIRY_CLOSED', at, officer, current.id, 'أجيب عن الاستفسار');
      status = 'CLOSED';
      outcome = 'ANSWERED';
      closedAt = at;
      break run;
    }
    let at = next(0, 0.5);
    if (at === null) break run;
    event('STEP_COMPLETED', at, officer, current.id);
    current = step.VERIFICATION!;
    if (rnd.chance(0.15) && !refer()) break run;
    if (withdraw(0.04)) break run;
    at = next(1, 5);
    if (at === null) break run;
    event('STEP_COMPLETED', at, officer, current.id);
    current = step.ATTESTATION!;
    at = next(0, 2);
    if (at === null) break run;
    attested = beneficiaryDataHash({
      fullName: person.name,
      nationalId: person.nationalId,
      mobile: person.mobile,
      city: person.city,
      gender: person.gender,
      dateOfBirth: person.dob,
    });
    event('ATTESTED', at, officer, current.id, null, { witnessedBy: officer.username });
    current = step.COMMITTEE!;
    at = next(0, 1);
    if (at === null) break run;
    event('SUBMITTED_TO_COMMITTEE', at, officer, current.id);
    status = 'AWAITING_COMMITTEE';
    submittedAt = at;
    dueAt = ctx.committeeDue.submitted(at);
    late = rnd.chance(0.18);
    const member = rnd.pick(users.committee);
    award = proposeAward(ctx, member, at);
    if (rnd.chance(0.15)) {
      at = next(2, 9);
      if (at === null) break run;
      event('DEFERRED', at, member, current.id, 'نقص في المستندات: صورة عقد الإيجار');
      status = 'DEFERRED';
      deferredAt = at;
      at = next(2, 10);
      if (at === null) break run;
      event('RESUMED', at, officer, current.id);
      dueAt = ctx.committeeDue.resumed(dueAt, deferredAt, at);
      deferredAt = null;
      status = 'AWAITING_COMMITTEE';
    }
    const decideBy = late
      ? dueAt + rnd.int(1, 12) * DAY
      : t + (dueAt - t) * (0.3 + 0.65 * rnd.next());
    if (decideBy > now) break run;
    t = Math.max(t, decideBy);
    if (rnd.chance(0.22)) {
      event('REJECTED', t, member, current.id, 'لا تنطبق شروط الاستحقاق', { late });
      status = 'CLOSED';
      outcome = 'REJECTED';
      closedAt = t;
      award = null; // dropped with the rejection
      break run;
    }
    event('APPROVED', t, member, current.id, 'مستوفٍ للشروط', { late });
    if (award) {
      award.stage = AwardStage.APPROVED;
      award.approvedAt = award.updatedAt = t;
    }
    status = 'OPEN';
    current = step.REGISTRATION!;
    at = next(1, 3);
    if (at === null) break run;
    event('STEP_COMPLETED', at, officer, current.id);
    current = step.DELIVERY!;
    if (award) registerAward(award, at);
    if (withdraw(0.01)) break run;
    // Each delivery of the award (as recordDelivery), the last one closing the transaction.
    let by = officer;
    while (award && award.deliveredQuantity < award.totalQuantity) {
      at = nextDeliveryAt(ctx, award, t);
      if (at > now) break run;
      t = at;
      by = rnd.chance(0.75) ? officer : rnd.pick(users.staff);
      const { note, data } = deliver(ctx, award, person, by, at);
      event('DELIVERY_RECORDED', at, by, current.id, note, data);
    }
    if (!award) {
      at = next(2, 10);
      if (at === null) break run;
    }
    const closing = award ? deliveredEvent(award) : { note: null, data: null };
    event('DELIVERED', at, by, current.id, closing.note, closing.data);
    status = 'CLOSED';
    outcome = 'COMPLETED';
    closedAt = at;
  }

  transactions.add({
    id,
    createdAt: opened,
    updatedAt: t,
    reference: `MSR-${new Date(opened).getUTCFullYear()}-${String(id).padStart(6, '0')}`,
    beneficiary: person.id,
    channel: channel.id,
    type,
    subject,
    assignee: assignee.id,
    policyVersion: ctx.policy.id,
    currentStep: current.id,
    status,
    outcome,
    version: lockVersion,
    openedAt: opened,
    closedAt,
    returnStep,
    committeeSubmittedAt: submittedAt,
    committeeDueAt: dueAt,
    deferredAt,
    referralDueAt,
    attestedDataHash: attested,
    lastEventAt,
  });
  if (award) writeAward(ctx, award, id, person);
  return { id, person, channel, type, officer, opened, closedAt, outcome, late };
}
