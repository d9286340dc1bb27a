import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import type { User } from '../accounts/user.entity.js';
import { plusDays, riyadhDay } from '../calendar/working-days.js';
import { forbidden } from '../common/errors.js';
import { parseIsoDate } from '../common/hijri.js';
import { saveKind, type KindInput } from '../common/kinds.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { Role } from '../common/role.js';
import { BeneficiaryDocument } from '../documents/beneficiary-document.entity.js';
import { WORKFLOW_STEP as STEP } from '../policy/workflow-steps.js';
import {
  checkedItemsOf,
  checkStepEnding,
  withItems,
  type StepEndingCheck,
} from '../transactions/transaction-checklist.js';
import { Transaction } from '../transactions/transaction.entity.js';
import {
  CommitteeDecision,
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionOutcome,
  TransactionStatus as Status,
  TransactionType,
} from '../transactions/transaction.enums.js';
import { act, type OfferedActions, type Target } from '../transactions/transaction.service.js';
import { SupportAward, SupportDelivery } from './support-award.entity.js';
import { SupportType } from './support-type.entity.js';
import {
  Acknowledgement,
  AwardStage,
  occurrencesOf,
  SupportFrequency,
  SupportUnit,
} from './support.enums.js';

/**
 * Registration and delivery (steps 6 and 7): the support types, what the committee approves
 * (an award: proposed while it deliberates, approved with its decision), its registration with a
 * validity when step 6 is completed, and each delivery at step 7, acknowledged by the recipient;
 * the last delivery closes the transaction. The award follows the steps through transactions'
 * `onStepEnding` (registered in index.ts): this module depends on transactions, never the reverse.
 */

export const SUPPORT_TYPE_EDITORS: readonly Role[] = [Role.MANAGER, Role.ADMIN];
/** Who records what the committee approves: the committee (a manager may correct it). */
export const AWARD_PROPOSERS: readonly Role[] = [Role.COMMITTEE, Role.MANAGER];
/** The document type a delivery's acknowledgement is kept as on the beneficiary's file. */
export const RECEIPT_TYPE_KEY = 'DELIVERY_RECEIPT';
/** The longest registration the committee may approve. */
export const MAX_VALIDITY_MONTHS = 36;

/** The day `months` calendar months after `day` (the 31st of a shorter month is its last day). */
export function plusMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The last day of a registration of `months` from `from` (the day before the same day later). */
export const validUntilOf = (from: string, months: number) =>
  plusDays(plusMonths(from, months), -1);

export type SupportTypeResult = Result<{ supportType: SupportType }>;

/** Adds a support type, or changes one (by id). */
export async function saveSupportType(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: KindInput & { unit: SupportUnit; recentWindowDays: number },
): Promise<SupportTypeResult> {
  if (!user.hasAnyRole(SUPPORT_TYPE_EDITORS)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const days = input.recentWindowDays;
    if (!Number.isInteger(days) || days < 0 || days > 730) {
      reject('OUT_OF_RANGE', 'Between 0 and 730 days.', 'recentWindowDays');
    }
    const { kind, before } = await saveKind(tx, SupportType, 'support type', input, {
      unit: input.unit,
      recentWindowDays: days,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: before ? 'supportType.update' : 'supportType.create',
      targetType: 'SupportType',
      targetId: kind.id,
      before,
      after: {
        key: kind.key,
        name: { ...kind.name },
        unit: kind.unit,
        recentWindowDays: kind.recentWindowDays,
        active: kind.active,
      },
    });
    return { supportType: kind };
  });
}

export type AwardResult = Result<{ award: SupportAward }>;

/**
 * Records (or changes) what the committee is to approve on a support request awaiting it:
 * a support type on offer, the quantity each time, how often and for how many months.
 */
export async function proposeAward(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    transactionId: number;
    supportTypeKey: string;
    quantity: number;
    frequency: SupportFrequency;
    validityMonths: number;
  },
): Promise<AwardResult> {
  if (!user.hasAnyRole(AWARD_PROPOSERS)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const t = await tx.findOne(Transaction, { id: input.transactionId });
    if (!t) reject('NOT_FOUND', 'No such transaction.', 'transactionId');
    if (t!.type !== TransactionType.SUPPORT_REQUEST) {
      reject(
        'NOT_A_SUPPORT_REQUEST',
        'Only a support request is approved support.',
        'transactionId',
      );
    }
    if (t!.status !== Status.AWAITING_COMMITTEE && t!.status !== Status.DEFERRED) {
      reject('NOT_WITH_COMMITTEE', 'What is approved is recorded while the committee decides.');
    }
    const type = await tx.findOne(SupportType, { key: input.supportTypeKey, active: true });
    if (!type) reject('UNKNOWN_SUPPORT_TYPE', 'Choose a support type on offer.', 'supportTypeKey');
    const { quantity, validityMonths, frequency } = input;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
      reject('OUT_OF_RANGE', 'A whole number from 1 to 1,000,000.', 'quantity');
    }
    if (
      !Number.isInteger(validityMonths) ||
      validityMonths < 1 ||
      validityMonths > MAX_VALIDITY_MONTHS
    ) {
      reject('OUT_OF_RANGE', `From 1 to ${MAX_VALIDITY_MONTHS} months.`, 'validityMonths');
    }
    const totalQuantity = quantity * occurrencesOf(frequency, validityMonths);
    let award = await tx.findOne(SupportAward, { transaction: t!.id });
    const before = award && {
      supportType: award.supportType.id,
      quantity: award.quantity,
      frequency: award.frequency,
      validityMonths: award.validityMonths,
    };
    const fields = { supportType: type!, quantity, frequency, validityMonths, totalQuantity };
    if (award) Object.assign(award, fields, { proposedBy: user });
    else {
      award = tx.create(SupportAward, {
        ...fields,
        transaction: t!,
        beneficiary: t!.beneficiary,
        proposedBy: user,
      });
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'supportAward.propose',
      targetType: 'Transaction',
      targetId: t!.id,
      before,
      after: { supportType: type!.key, quantity, frequency, validityMonths, totalQuantity },
    });
    return { award };
  });
}

/**
 * The award as the steps end: approved with the committee's approval (dropped with a rejection),
 * registered with its validity when step 6 is completed; step 7's plain delivery is refused
 * while an approved award is not all delivered and its registration has not lapsed.
 */
export const awardAtStepEnding: StepEndingCheck = async (tx, t, step, ending) => {
  if (![STEP.COMMITTEE, STEP.REGISTRATION, STEP.DELIVERY].includes(step.key as never)) return;
  const award = await tx.findOne(SupportAward, { transaction: t.id });
  if (!award) return;
  const now = new Date();
  const today = riyadhDay(now);
  if (step.key === STEP.COMMITTEE && ending.decision === CommitteeDecision.APPROVE) {
    award.stage = AwardStage.APPROVED;
    award.approvedAt = now;
  } else if (step.key === STEP.COMMITTEE && ending.decision === CommitteeDecision.REJECT) {
    tx.remove(award);
  } else if (step.key === STEP.REGISTRATION && award.stage === AwardStage.APPROVED) {
    award.stage = AwardStage.REGISTERED;
    award.registeredAt = now;
    award.validFrom = today;
    award.validUntil = validUntilOf(today, award.validityMonths);
  } else if (
    step.key === STEP.DELIVERY &&
    ending.action === TransactionAction.DELIVER &&
    outstanding(award, today)
  ) {
    reject(
      'DELIVERIES_OUTSTANDING',
      `Record the deliveries of what was approved: ${award.deliveredQuantity} of ${award.totalQuantity} so far.`,
    );
  }
};

/**
 * Records one delivery of the transaction's registered award at step 7, with the recipient's
 * acknowledgement (a document of the receipt type on the beneficiary's file: a signature drawn on
 * screen, a PNG, or a scanned receipt). The delivery that completes the award ends step 7: its
 * checklist is checked as the plain delivery's is, and the transaction closes as completed.
 */
export const recordDelivery = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & {
    deliveredOn: string;
    quantity: number;
    items?: string | null;
    acknowledgement: Acknowledgement;
    receiptDocumentId: number;
    checkedItems?: string[] | null;
  },
) =>
  act(em, actor, user, input, TransactionAction.RECORD_DELIVERY, async ({ tx, t, step, event }) => {
    const award = await tx.findOne(
      SupportAward,
      { transaction: t.id },
      { populate: ['supportType'] },
    );
    if (!award || award.stage !== AwardStage.REGISTERED) {
      // Not offered then (offeredSupportActions): the state does not allow it.
      reject(
        'TRANSITION_NOT_ALLOWED',
        'Nothing approved is registered on this transaction to deliver.',
      );
    }
    const a = award!;
    const today = riyadhDay(new Date());
    const day = input.deliveredOn.trim();
    if (!parseIsoDate(day)) reject('INVALID_DATE', 'Give the date as YYYY-MM-DD.', 'deliveredOn');
    if (day > today) reject('IN_THE_FUTURE', 'A delivery is recorded once made.', 'deliveredOn');
    if (a.validFrom && day < a.validFrom) {
      reject('BEFORE_REGISTRATION', 'It was registered after that day.', 'deliveredOn');
    }
    if (a.validUntil && day > a.validUntil) {
      reject('REGISTRATION_LAPSED', 'The registration had lapsed by that day.', 'deliveredOn');
    }
    const left = a.totalQuantity - a.deliveredQuantity;
    if (!Number.isInteger(input.quantity) || input.quantity < 1) {
      reject('OUT_OF_RANGE', 'A whole number, at least 1.', 'quantity');
    }
    if (input.quantity > left) {
      reject('EXCEEDS_APPROVED', `Only ${left} is left of what was approved.`, 'quantity');
    }
    const items = input.items?.trim() || null;
    if (items && items.length > 500) reject('TOO_LONG', 'At most 500 characters.', 'items');
    const receipt = await tx.findOne(
      BeneficiaryDocument,
      { id: input.receiptDocumentId, beneficiary: t.beneficiary.id, removedAt: null },
      { populate: ['type'] },
    );
    if (!receipt || receipt.type.key !== RECEIPT_TYPE_KEY) {
      reject(
        'INVALID_RECEIPT',
        'Attach the recipient’s receipt from their file.',
        'receiptDocumentId',
      );
    }
    if (
      input.acknowledgement === Acknowledgement.SIGNATURE &&
      receipt!.contentType !== 'image/png'
    ) {
      reject('INVALID_RECEIPT', 'A signature drawn on screen is a PNG.', 'receiptDocumentId');
    }
    tx.create(SupportDelivery, {
      award: a,
      beneficiary: t.beneficiary,
      supportType: a.supportType,
      deliveredOn: day,
      quantity: input.quantity,
      items,
      handedOverBy: user,
      acknowledgement: input.acknowledgement,
      receipt: receipt!,
    });
    a.deliveredQuantity += input.quantity;
    const data = {
      supportType: a.supportType.key,
      quantity: input.quantity,
      delivered: a.deliveredQuantity,
      total: a.totalQuantity,
      deliveredOn: day,
      acknowledgement: input.acknowledgement,
    };
    const completes = a.deliveredQuantity === a.totalQuantity;
    const checked = checkedItemsOf(step, input.checkedItems, { endsStep: completes });
    event(Kind.DELIVERY_RECORDED, { note: items, data });
    if (!completes) return;
    await checkStepEnding(tx, t, step, { action: TransactionAction.RECORD_DELIVERY, user });
    a.stage = AwardStage.DELIVERED;
    a.deliveredAt = new Date();
    event(Kind.DELIVERED, {
      note: `${a.supportType.name.en}: ${a.totalQuantity} delivered`,
      data: withItems(step, checked, { supportType: a.supportType.key, total: a.totalQuantity }),
    });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.COMPLETED;
    t.closedAt = new Date();
  });

/** Whether an award still has deliveries to make on `today`: registered, not all delivered, valid. */
const outstanding = (award: SupportAward | null, today: string) =>
  !!award &&
  award.stage === AwardStage.REGISTERED &&
  award.deliveredQuantity < award.totalQuantity &&
  (award.validUntil ?? today) >= today;

/**
 * At step 7, RECORD_DELIVERY is offered only on a registered award, and the plain DELIVER only
 * when no registered award has deliveries outstanding (the server refuses it then).
 */
export const offeredSupportActions: OfferedActions = async (em, t, step, actions) => {
  if (step.key !== STEP.DELIVERY || t.status !== Status.OPEN) return actions;
  const award = await em.findOne(SupportAward, { transaction: t.id });
  const registered = award?.stage === AwardStage.REGISTERED;
  const due = outstanding(award, riyadhDay(new Date()));
  return actions.filter(
    (a) =>
      (a !== TransactionAction.RECORD_DELIVERY || registered) &&
      (a !== TransactionAction.DELIVER || !due),
  );
};
