import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { forbidden } from '../common/errors.js';
import { inTransaction, reject } from '../common/payload.js';
import { OFFICER_ROLES } from '../common/role.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Channel } from '../policy/channel.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { versionShape } from '../policy/version-shape.js';
import { checkedItemsOf, checkStepEnding, withItems } from './transaction-checklist.js';
import { Transaction } from './transaction.entity.js';
import {
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionOutcome,
  TransactionStatus as Status,
  TransactionType,
} from './transaction.enums.js';
import {
  act,
  addEvent,
  beneficiaryDataHash,
  needReason,
  nextStep,
  stepRef,
  type Target,
  type TxResult,
} from './transaction.service.js';

/**
 * The workflow's own steps: open, complete a step by its checklist, close an inquiry, attest
 * (step 4), deliver (step 7), withdraw. Each runs through `act` (transaction.service.ts).
 */

export async function openTransaction(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    beneficiaryId: number;
    channelKey: string;
    type: TransactionType;
    subject: string;
    assigneeId?: number | null;
    note?: string | null;
  },
): Promise<TxResult> {
  if (!user.hasAnyRole(OFFICER_ROLES)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const versionId = await tx.getRepository(PolicyVersion).activeId();
    if (versionId === null) reject('NO_ACTIVE_POLICY', 'No policy version is active.');
    const beneficiary = await tx.findOne(Beneficiary, { id: input.beneficiaryId });
    if (!beneficiary) reject('NOT_FOUND', 'No such beneficiary.', 'beneficiaryId');
    // The version's steps and channels: plain data, read once per process (version-shape.ts).
    const { steps, channels } = await versionShape(tx, versionId!);
    const channelId = channels.get(input.channelKey);
    if (channelId === undefined) {
      reject('UNKNOWN_CHANNEL', 'No such channel in the active policy.', 'channelKey');
    }
    const subject = input.subject.trim();
    if (subject.length < 3) reject('SUBJECT_REQUIRED', 'Describe the subject.', 'subject');
    let assignee = user;
    if (input.assigneeId != null && input.assigneeId !== user.id) {
      const other = await tx.findOne(User, { id: input.assigneeId, active: true });
      if (!other || !other.hasAnyRole(OFFICER_ROLES)) {
        reject('INVALID_ASSIGNEE', 'The assignee must be an active officer.', 'assigneeId');
      }
      assignee = other!;
    }
    const first = steps[0]!;
    const now = new Date();
    const t = tx.create(Transaction, {
      // Replaced by MSR-<year>-<id> once the id is known; unique and within the column's 20.
      reference: `T${randomBytes(8).toString('hex')}`,
      beneficiary: beneficiary!,
      channel: tx.getReference(Channel, channelId!),
      type: input.type,
      subject,
      assignee,
      policyVersion: tx.getReference(PolicyVersion, versionId!),
      currentStep: stepRef(tx, first),
      openedAt: now,
    });
    await tx.flush();
    t.reference = `MSR-${now.getUTCFullYear()}-${String(t.id).padStart(6, '0')}`;
    addEvent(tx, t, user, Kind.OPENED, first, {
      note: input.note,
      data: { channel: input.channelKey, type: input.type },
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'transaction.open',
      targetType: 'Transaction',
      targetId: t.id,
      after: { reference: t.reference, type: t.type, channel: input.channelKey, step: first.key },
    });
    return { transaction: t };
  });
}

export const completeStep = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { checkedItems: string[]; note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.COMPLETE_STEP, async (c) => {
    const { tx, t, step, steps, event, moveTo } = c;
    const checkedItems = checkedItemsOf(step, input.checkedItems, { endsStep: true });
    await checkStepEnding(tx, t, step, { action: TransactionAction.COMPLETE_STEP, user });
    event(Kind.STEP_COMPLETED, { note: input.note, data: { checkedItems } });
    moveTo(nextStep(steps, step));
  });

export const closeInquiry = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.CLOSE_INQUIRY, ({ t, event }) => {
    event(Kind.INQUIRY_CLOSED, { note: input.note });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.ANSWERED;
    t.closedAt = new Date();
  });

export const attest = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { attestationText: string; applicantConfirmed: boolean; note?: string | null },
) =>
  act(
    em,
    actor,
    user,
    input,
    TransactionAction.ATTEST,
    async ({ tx, t, step, steps, event, moveTo }) => {
      if (!input.applicantConfirmed) {
        reject(
          'NOT_CONFIRMED',
          'The applicant must confirm the attestation.',
          'applicantConfirmed',
        );
      }
      if (!input.attestationText || input.attestationText.trim().length < 10) {
        reject(
          'ATTESTATION_TEXT_REQUIRED',
          'Record the attestation text shown.',
          'attestationText',
        );
      }
      const hash = beneficiaryDataHash(await tx.findOneOrFail(Beneficiary, t.beneficiary.id));
      event(Kind.ATTESTED, {
        note: input.note,
        data: {
          attestationText: input.attestationText.trim(),
          applicantConfirmed: true,
          witness: user.username,
          dataHash: hash,
        },
      });
      t.attestedDataHash = hash;
      moveTo(nextStep(steps, step));
    },
  );

export const deliver = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { serviceDelivered: string; checkedItems?: string[] | null },
) =>
  act(em, actor, user, input, TransactionAction.DELIVER, async ({ tx, t, step, event }) => {
    needReason(input.serviceDelivered, 'serviceDelivered');
    const items = checkedItemsOf(step, input.checkedItems, { endsStep: true });
    await checkStepEnding(tx, t, step, { action: TransactionAction.DELIVER, user });
    event(Kind.DELIVERED, { note: input.serviceDelivered, data: withItems(step, items) });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.COMPLETED;
    t.closedAt = new Date();
  });

export const withdraw = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { reason: string },
) =>
  act(em, actor, user, input, TransactionAction.WITHDRAW, ({ t, event }) => {
    needReason(input.reason);
    event(Kind.WITHDRAWN, { note: input.reason });
    t.status = Status.CLOSED;
    t.outcome = TransactionOutcome.WITHDRAWN;
    t.closedAt = new Date();
    t.referralDueAt = null;
  });
