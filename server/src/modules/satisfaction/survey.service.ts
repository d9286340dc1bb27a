import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { daysBetween, handlingBucket, periodKeys } from '../common/periods.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import type { User } from '../accounts/user.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { TransactionOutcome, TransactionStatus } from '../transactions/transaction.enums.js';
import type { IssuedLink } from '../transactions/transaction.service.js';
import { text } from '../common/localized-text.js';
import { Organization } from '../policy/organization.entity.js';
import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import {
  toSurveyInvitation,
  type PublicSurvey,
  type SurveyInvitationType,
} from './survey.types.js';

/** At most this many invitations per transaction in 24 hours (re-issuing included). */
export const INVITATIONS_PER_DAY = 5;
export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SurveyState = 'OPEN' | 'EXPIRED' | 'USED' | 'UNKNOWN';

/** How a link came to be issued: by the closing action, or on an officer's request. */
export interface IssueOptions {
  /** Issued from the transaction page (or to hold a staff-assisted answer), not by closing. */
  onRequest?: boolean;
  /** An officer asks for this link: after an earlier one, a reason is required. */
  needsReason?: boolean;
  /** Why a link is issued again after an earlier one (REASON_REQUIRED without it). */
  reason?: string | null;
}

/** Whether a transaction's end is one the beneficiary is asked to rate (a withdrawal is not). */
export const isRateable = (t: Transaction) =>
  t.status === TransactionStatus.CLOSED && t.outcome !== TransactionOutcome.WITHDRAWN;

/**
 * Issues a new invitation for a closed transaction, revoking earlier unused ones. Returns the
 * token (192 random bits), which is shown once and stored only as its hash. Issuing on request
 * after an earlier link needs a reason; a link the rated officer asked for is flagged.
 */
export async function issueInvitation(
  tx: EntityManager,
  actor: Actor,
  t: Transaction,
  user: User | null,
  validDays: number,
  now = new Date(),
  options: IssueOptions = {},
): Promise<{ token: string; invitation: SurveyInvitation }> {
  if (!isRateable(t)) {
    reject('NOT_RATEABLE', 'Only a closed transaction that was not withdrawn can be rated.');
  }
  const recent = await tx.count(SurveyInvitation, {
    transaction: t,
    issuedAt: { $gt: new Date(now.getTime() - 86_400_000) },
  });
  if (recent >= INVITATIONS_PER_DAY) {
    reject(
      'LIMIT_EXCEEDED',
      `At most ${INVITATIONS_PER_DAY} survey links a day for one transaction.`,
    );
  }
  const answered = await tx.count(SurveyResponse, { invitation: { transaction: t } });
  if (answered) reject('ALREADY_ANSWERED', 'This transaction has already been rated.');
  const earlier = await tx.count(SurveyInvitation, { transaction: t });
  const reason = options.reason?.trim() || null;
  if (options.needsReason && earlier > 0 && (!reason || reason.length < 3)) {
    reject(
      'REASON_REQUIRED',
      'A link was already issued for this transaction: say why a new one is needed.',
      'reason',
    );
  }
  if (reason && reason.length > 500) reject('TOO_LONG', 'At most 500 characters.', 'reason');
  const officer = t.assignee ?? null;
  const issuedByOfficer = Boolean(options.onRequest && user && officer && user.id === officer.id);
  await tx.nativeUpdate(
    SurveyInvitation,
    { transaction: t, usedAt: null, revokedAt: null },
    { revokedAt: now },
  );
  const token = randomBytes(24).toString('base64url');
  const keys = periodKeys(now);
  const days = daysBetween(t.openedAt, t.closedAt ?? now);
  const invitation = tx.create(SurveyInvitation, {
    transaction: t,
    tokenHash: hashSurveyToken(token),
    issuedAt: now,
    expiresAt: new Date(now.getTime() + validDays * 86_400_000),
    issuedBy: user,
    issuedByOfficer,
    reissueReason: earlier > 0 ? reason : null,
    channelKey: t.channel.key,
    transactionType: t.type,
    policyVersionNumber: t.policyVersion.number,
    officer,
    handlingDays: days,
    handlingBucket: handlingBucket(days),
    issuedDay: keys.day,
    issuedWeek: keys.week,
    issuedMonth: keys.month,
    issuedHijriMonth: keys.hijriMonth,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'survey.issue',
    targetType: 'SurveyInvitation',
    targetId: invitation.id,
    after: {
      transaction: t.reference,
      expiresAt: invitation.expiresAt,
      onRequest: Boolean(options.onRequest),
      reissue: earlier > 0,
      // Free text: the trail records that a reason was given; officers read it on the link.
      reason: earlier > 0 ? reason : null,
      issuedByOfficer,
    },
  });
  return { token, invitation };
}

/**
 * What a closing action issues (registered with transactions' `onTransactionClosed`): a link
 * when the end is rateable, or null (also when issuing fails: the close stands, and an officer
 * can issue one from the transaction page).
 */
export async function surveyLinkOnClose(
  em: EntityManager,
  actor: Actor,
  user: User,
  transaction: Transaction,
  validDays: number,
): Promise<IssuedLink | null> {
  if (!isRateable(transaction)) return null;
  const issued = await issueForTransaction(em, actor, transaction.id, user, validDays);
  return issued.ok
    ? { id: issued.invitation.id, token: issued.token, expiresAt: issued.invitation.expiresAt }
    : null;
}

/** Loads what issuing needs (channel, version, assignee) and issues, in one transaction. */
export function issueForTransaction(
  em: EntityManager,
  actor: Actor,
  transactionId: number,
  user: User | null,
  validDays: number,
  options: IssueOptions = {},
): Promise<Result<{ token: string; invitation: SurveyInvitation }>> {
  return inTransaction(em, async (tx) => {
    const t = await tx.findOne(
      Transaction,
      { id: transactionId },
      { populate: ['channel', 'policyVersion', 'assignee'] },
    );
    if (!t) reject('NOT_FOUND', 'No such transaction.', 'transactionId');
    return issueInvitation(tx, actor, t!, user, validDays, new Date(), options);
  });
}

export function stateOf(invitation: SurveyInvitation | null, now = new Date()): SurveyState {
  if (!invitation || invitation.revokedAt) return 'UNKNOWN';
  if (invitation.usedAt) return 'USED';
  if (invitation.expiresAt <= now) return 'EXPIRED';
  return 'OPEN';
}

export async function invitationByToken(
  em: EntityManager,
  token: string,
): Promise<SurveyInvitation | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return em.findOne(SurveyInvitation, { tokenHash: hashSurveyToken(token) });
}

/** What the public survey page shows for a link: whether it can be answered, and who asks. */
export async function publicSurvey(em: EntityManager, token: string): Promise<PublicSurvey> {
  const invitation = await invitationByToken(em, token.slice(0, 100));
  const state = stateOf(invitation);
  const [organization] = await em.find(Organization, {}, { orderBy: { id: 'asc' }, limit: 1 });
  return {
    state,
    organizationName: organization?.name ?? text({ ar: 'مسار', en: 'Masar' }),
    expiresAt: state === 'OPEN' ? invitation!.expiresAt : null,
  };
}

/** The survey links of a transaction as officers see them, newest first. */
export async function invitationsOf(
  em: EntityManager,
  transactionId: number,
): Promise<SurveyInvitationType[]> {
  const [invitations, responses] = await Promise.all([
    em.find(SurveyInvitation, { transaction: transactionId }, { orderBy: { id: 'desc' } }),
    em.find(SurveyResponse, { invitation: { transaction: transactionId } }),
  ]);
  return invitations.map((i) =>
    toSurveyInvitation(i, responses.find((r) => r.invitation.id === i.id) ?? null, stateOf(i)),
  );
}
