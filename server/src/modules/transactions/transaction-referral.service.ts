import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { Role } from '../common/role.js';
import { User } from '../accounts/user.entity.js';
import { text } from '../common/localized-text.js';
import { WindowUnit } from '../policy/policy.enums.js';
import { reject } from '../common/payload.js';
import { ReferralReason } from './referral-reason.entity.js';
import { TransactionEvent } from './transaction.entity.js';
import {
  TransactionAction,
  TransactionEventKind as Kind,
  TransactionStatus as Status,
} from './transaction.enums.js';
import { act, STEP, stepByKey, stepRef, type Target } from './transaction.service.js';
import { dueAfter, researchWindow } from './referral-due.js';

/** Step 3: referral to the social-research officer and back, and the list of referral reasons. */

export const refer = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { researcherId: number; reasonKey: string; note?: string | null },
) =>
  act(em, actor, user, input, TransactionAction.REFER, async (c) => {
    const { tx, t, step, steps, event } = c;
    const researcher = await tx.findOne(User, { id: input.researcherId, active: true });
    if (!researcher || !researcher.hasAnyRole([Role.RESEARCHER])) {
      reject('INVALID_RESEARCHER', 'Choose an active social-research officer.', 'researcherId');
    }
    const reason = await tx.findOne(ReferralReason, { key: input.reasonKey, active: true });
    if (!reason) reject('UNKNOWN_REASON', 'Choose a referral reason from the list.', 'reasonKey');
    const referral = stepByKey(steps, STEP.REFERRAL);
    const window = researchWindow(referral);
    event(Kind.REFERRED, {
      note: input.note,
      step: referral,
      data: {
        reason: reason!.key,
        from: step.key,
        researcher: researcher!.username,
        windowDays: window.days,
        ...(window.unit === WindowUnit.WORKING ? { windowUnit: WindowUnit.WORKING } : {}),
      },
    });
    t.returnStep = stepRef(tx, step);
    c.moveTo(referral);
    t.status = Status.REFERRED;
    t.assignee = researcher;
    // The research's limit, counted from now on the working calendar when it counts working days.
    t.referralDueAt = await dueAfter(tx, new Date(), window);
  });

export const returnFromReferral = (
  em: EntityManager,
  actor: Actor,
  user: User,
  input: Target & { guidance: string },
) =>
  act(em, actor, user, input, TransactionAction.RETURN_FROM_REFERRAL, async ({ tx, t, event }) => {
    if (!input.guidance || input.guidance.trim().length < 3) {
      reject('GUIDANCE_REQUIRED', 'Record the guidance given to the beneficiary.', 'guidance');
    }
    const referredBy = await tx.findOne(
      TransactionEvent,
      { transaction: t, kind: Kind.REFERRED },
      { orderBy: { id: 'desc' }, populate: ['actor'] },
    );
    event(Kind.REFERRAL_RETURNED, { note: input.guidance });
    t.currentStep = t.returnStep!;
    t.returnStep = null;
    t.referralDueAt = null;
    t.status = Status.OPEN;
    t.assignee = referredBy?.actor ?? null;
  });

/** Adds a referral reason or changes one (by key); retiring keeps it on past referrals. */
export async function saveReferralReason(
  em: EntityManager,
  actor: Actor,
  input: { key: string; labelAr: string; labelEn: string; active: boolean },
): Promise<ReferralReason> {
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(ReferralReason, { key: input.key });
    const before = existing ? { label: { ...existing.label }, active: existing.active } : undefined;
    const reason =
      existing ?? tx.create(ReferralReason, { key: input.key, label: text({ ar: '', en: '' }) });
    reason.label = text({ ar: input.labelAr.trim(), en: input.labelEn.trim() });
    reason.active = input.active;
    await tx.flush();
    recordAudit(tx, actor, {
      action: existing ? 'referralReason.update' : 'referralReason.create',
      targetType: 'ReferralReason',
      targetId: reason.id,
      before,
      after: { key: reason.key, label: { ...reason.label }, active: reason.active },
    });
    return reason;
  });
}
