/**
 * Demo support (support module): what the committee approves on a support request (an award of
 * one of the seeded support types, with a plausible quantity, frequency and validity), its
 * registration at step 6, and its deliveries at step 7, each acknowledged by a receipt on the
 * beneficiary's file (a signature PNG or a scanned receipt PDF: rows naming one sample file of
 * each kind, documents.ts). transactions.ts carries an award through the steps and writes the
 * timeline events; this file says what an award is and writes its rows.
 */
import type { User } from '../../modules/accounts/user.entity.js';
import { riyadhDay } from '../../modules/calendar/working-days.js';
import {
  Acknowledgement,
  AwardStage,
  occurrencesOf,
  SupportFrequency,
} from '../../modules/support/support.enums.js';
import { plusMonths, validUntilOf } from '../../modules/support/support.service.js';
import type { Person } from './beneficiaries.js';
import { HOUR, type DemoContext } from './demo-context.js';
import { sampleFile } from './documents.js';
import type { DemoSupportType } from './support-plans.js';

/** An award as the generator carries it through the steps (written at the end, if ever). */
export interface DemoAward {
  id: number | null;
  type: DemoSupportType;
  quantity: number;
  frequency: SupportFrequency;
  validityMonths: number;
  totalQuantity: number;
  deliveredQuantity: number;
  stage: AwardStage;
  proposedBy: number;
  proposedAt: number;
  /** Recorded while the committee deliberates: not every pending request has its award yet. */
  recorded: boolean;
  approvedAt: number | null;
  registeredAt: number | null;
  validFrom: string | null;
  validUntil: string | null;
  deliveredAt: number | null;
  updatedAt: number;
}

/** The months a monthly award runs, as often as the committee gives them. */
const MONTHLY_VALIDITY = [3, 3, 4, 6, 6, 6, 9, 12] as const;

const dayOf = (ms: number) => riyadhDay(new Date(ms));

/** What the committee member `by` proposes on a request submitted at `submittedAt` (or nothing). */
export function proposeAward(ctx: DemoContext, by: User, submittedAt: number): DemoAward | null {
  const { rnd } = ctx;
  if (!ctx.support.types.length) return null;
  const type = rnd.weighted(ctx.support.types);
  const frequency = rnd.chance(type.plan.monthly)
    ? SupportFrequency.MONTHLY
    : SupportFrequency.ONCE;
  const quantity = type.plan.quantity(rnd);
  // Once: any time within 3 to 12 months; monthly: mostly a quarter or half a year, some a year.
  const validityMonths =
    frequency === SupportFrequency.ONCE ? rnd.int(3, 12) : rnd.pick(MONTHLY_VALIDITY);
  const proposedAt = submittedAt + rnd.int(1, 48) * HOUR;
  return {
    id: null,
    type,
    quantity,
    frequency,
    validityMonths,
    totalQuantity: quantity * occurrencesOf(frequency, validityMonths),
    deliveredQuantity: 0,
    stage: AwardStage.PROPOSED,
    proposedBy: by.id,
    proposedAt,
    recorded: proposedAt <= ctx.now && rnd.chance(0.75),
    approvedAt: null,
    registeredAt: null,
    validFrom: null,
    validUntil: null,
    deliveredAt: null,
    updatedAt: proposedAt,
  };
}

/** Step 6 completed at `at`: registered from that Riyadh day for its validity. */
export function registerAward(award: DemoAward, at: number) {
  award.stage = AwardStage.REGISTERED;
  award.registeredAt = award.updatedAt = at;
  award.validFrom = dayOf(at);
  award.validUntil = validUntilOf(award.validFrom, award.validityMonths);
}

/**
 * When the next delivery is made, after `after`: the first some days after registration, the
 * next ones early in each month of the validity, on a working day, never past the last valid day.
 */
export function nextDeliveryAt(ctx: DemoContext, award: DemoAward, after: number): number {
  const k = award.deliveredQuantity / award.quantity; // deliveries made so far
  let at = ctx.workTime(after, 2, 10);
  if (k > 0) {
    const month = Date.parse(`${plusMonths(award.validFrom!, k)}T05:00:00Z`);
    at = Math.max(ctx.workTime(month, 0, 6), after + HOUR);
  }
  return dayOf(at) > award.validUntil! ? after + HOUR : at;
}

/**
 * One delivery of the award's quantity at `at`, handed over by `by`: the receipt on the
 * beneficiary's file and the delivery row; returns the DELIVERY_RECORDED event's note and data
 * (as support.service.ts recordDelivery writes them).
 */
export function deliver(ctx: DemoContext, award: DemoAward, person: Person, by: User, at: number) {
  const { rnd, tables, ids } = ctx;
  award.id ??= ids.awards++;
  const deliveredOn = dayOf(at);
  const signed = rnd.chance(0.6);
  const acknowledgement = signed ? Acknowledgement.SIGNATURE : Acknowledgement.RECEIPT;
  const file = sampleFile(signed ? 'signature' : 'receipt');
  const receipt = ids.documents++;
  tables.documents.add({
    id: receipt,
    createdAt: at,
    updatedAt: at,
    beneficiary: person.id,
    type: ctx.support.receiptType,
    issuedOn: deliveredOn,
    expiresOn: null,
    filename: signed ? `signature-${deliveredOn}.png` : `receipt-${deliveredOn}.pdf`,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    addedBy: by.id,
    removedAt: null,
    removedBy: null,
  });
  const items = rnd.chance(0.8) ? rnd.pick(award.type.plan.items) : null;
  tables.deliveries.add({
    id: ids.deliveries++,
    createdAt: at,
    updatedAt: at,
    award: award.id,
    beneficiary: person.id,
    supportType: award.type.id,
    deliveredOn,
    quantity: award.quantity,
    items,
    handedOverBy: by.id,
    acknowledgement,
    receipt,
  });
  award.deliveredQuantity += award.quantity;
  award.updatedAt = at;
  if (award.deliveredQuantity === award.totalQuantity) {
    award.stage = AwardStage.DELIVERED;
    award.deliveredAt = at;
  }
  return {
    note: items,
    data: {
      supportType: award.type.key,
      quantity: award.quantity,
      delivered: award.deliveredQuantity,
      total: award.totalQuantity,
      deliveredOn,
      acknowledgement,
    },
  };
}

/** The closing DELIVERED event's note and data, as recordDelivery writes them. */
export const deliveredEvent = (award: DemoAward) => ({
  note: `${award.type.nameEn}: ${award.totalQuantity} delivered`,
  data: { supportType: award.type.key, total: award.totalQuantity },
});

/** Writes the award of transaction `transaction`, unless it was never recorded (or rejected). */
export function writeAward(
  ctx: DemoContext,
  award: DemoAward,
  transaction: number,
  person: Person,
) {
  if (award.stage === AwardStage.PROPOSED && !award.recorded) return;
  const createdAt = Math.min(award.proposedAt, award.approvedAt ?? Infinity);
  ctx.tables.awards.add({
    id: (award.id ??= ctx.ids.awards++),
    createdAt,
    updatedAt: Math.max(createdAt, award.updatedAt),
    transaction,
    beneficiary: person.id,
    supportType: award.type.id,
    quantity: award.quantity,
    frequency: award.frequency,
    validityMonths: award.validityMonths,
    totalQuantity: award.totalQuantity,
    deliveredQuantity: award.deliveredQuantity,
    stage: award.stage,
    proposedBy: award.proposedBy,
    approvedAt: award.approvedAt,
    registeredAt: award.registeredAt,
    validFrom: award.validFrom,
    validUntil: award.validUntil,
    deliveredAt: award.deliveredAt,
  });
}
