/** Answers to satisfaction surveys: through a link, or recorded by an officer. */
import { scrypt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import type { User } from '../accounts/user.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import { SurveyMode } from './survey.enums.js';
import { storedComment } from './redact-store.js';
import { answerFollowUps } from './survey-follow-ups.js';
import { invitationByToken, issueInvitation, stateOf } from './survey.service.js';

/** A rating at or below this overall score opens an improvement action. */
export const LOW_RATING = 2;

export interface Answers {
  overall: number;
  courtesy: number;
  clarity: number;
  speed: number;
  recommend: number;
  comment?: string | null;
}

/**
 * The answering client's address as the audit trail keeps it: a slow salted hash (scrypt), the
 * same for the same address so that many answers from one place show, but not the address
 * itself, which is the beneficiary's personal data, and too slow to enumerate all of IPv4.
 */
export function hashClientAddress(address: string | null): Promise<string | null> {
  if (!address) return Promise.resolve(null);
  return new Promise((resolve, reject) =>
    scrypt(address, 'masar-survey-answer-address', 16, { N: 2 ** 14, r: 8, p: 1 }, (err, key) =>
      err ? reject(err) : resolve(key.toString('hex')),
    ),
  );
}

const SCORE_FIELDS = ['overall', 'courtesy', 'clarity', 'speed'] as const;

function checkAnswers(a: Answers): void {
  for (const f of SCORE_FIELDS) {
    if (!Number.isInteger(a[f]) || a[f] < 1 || a[f] > 5)
      reject('INVALID_SCORE', 'Choose 1 to 5.', f);
  }
  if (!Number.isInteger(a.recommend) || a.recommend < 0 || a.recommend > 10) {
    reject('INVALID_SCORE', 'Choose 0 to 10.', 'recommend');
  }
  if ((a.comment?.length ?? 0) > 2000) reject('TOO_LONG', 'At most 2,000 characters.', 'comment');
}

/**
 * Stores an answer on `invitation` and marks it used. The conditional update makes a token
 * single-use even when two answers race. A low overall rating opens an improvement action.
 * An answer through a link the rated officer asked for, or recorded by that officer, is flagged
 * `selfRated`. Writes the audit rows of the answer and of the action it opens (never the
 * comment): `extra` adds to the answer's row.
 */
async function answer(
  tx: EntityManager,
  actor: Actor,
  invitation: SurveyInvitation,
  answers: Answers,
  mode: SurveyMode,
  recordedBy: User | null,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<SurveyResponse> {
  const claimed = await tx.nativeUpdate(
    SurveyInvitation,
    { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
    { usedAt: now },
  );
  if (claimed !== 1) reject('TOKEN_USED', 'This survey has already been answered.', 'token');
  const comment = answers.comment?.trim() || null;
  const t = await tx.findOneOrFail(
    Transaction,
    { id: invitation.transaction.id },
    { populate: ['beneficiary'] },
  );
  const officerId = invitation.officer?.id ?? null;
  const selfRated =
    officerId != null &&
    (invitation.issuedByOfficer ||
      (mode === SurveyMode.STAFF_ASSISTED && recordedBy?.id === officerId));
  const response = tx.create(SurveyResponse, {
    invitation,
    submittedAt: now,
    mode,
    recordedBy,
    selfRated,
    overall: answers.overall,
    courtesy: answers.courtesy,
    clarity: answers.clarity,
    speed: answers.speed,
    recommend: answers.recommend,
    comment,
    ...storedComment(comment, [t.beneficiary.fullName]),
  });
  const action =
    answers.overall <= LOW_RATING
      ? answerFollowUps().openImprovementAction(tx, response, now)
      : null;
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'survey.answer',
    targetType: 'SurveyResponse',
    targetId: response.id,
    after: {
      mode,
      invitation: invitation.id,
      transaction: t.reference,
      overall: answers.overall,
      hasComment: comment != null,
      selfRated,
      improvementAction: action?.id ?? null,
      ...extra,
    },
  });
  if (action) {
    recordAudit(tx, actor, {
      action: 'improvement.open',
      targetType: 'ImprovementAction',
      targetId: action.id,
      after: { response: response.id, overall: answers.overall, transaction: t.reference },
    });
  }
  return response;
}

/**
 * The public answer through a link: unknown, expired or used tokens record nothing. Audited
 * with the link, the mode and the answering address hashed (the actor's raw address is not
 * kept: it is the beneficiary's).
 */
export async function submit(
  em: EntityManager,
  actor: Actor,
  token: string,
  answers: Answers,
  suggestion: string | null | undefined,
  now = new Date(),
): Promise<Result<{ response: SurveyResponse }>> {
  // The slow hash only for a link that can be answered, so junk tokens cost nothing.
  const open = stateOf(await invitationByToken(em.fork(), token), now) === 'OPEN';
  const clientAddress = open ? await hashClientAddress(actor.ip) : null;
  const anonymous: Actor = { ...actor, ip: null };
  return inTransaction(em, async (tx) => {
    const invitation = await invitationByToken(tx, token);
    const state = stateOf(invitation, now);
    if (state === 'UNKNOWN') reject('TOKEN_UNKNOWN', 'This survey link is not valid.', 'token');
    if (state === 'USED') reject('TOKEN_USED', 'This survey has already been answered.', 'token');
    if (state === 'EXPIRED') reject('TOKEN_EXPIRED', 'This survey link has expired.', 'token');
    checkAnswers(answers);
    const text = suggestion?.trim();
    if (text && text.length > 2000) reject('TOO_LONG', 'At most 2,000 characters.', 'suggestion');
    const response = await answer(tx, anonymous, invitation!, answers, SurveyMode.SELF, null, now, {
      clientAddress,
      suggestion: Boolean(text),
    });
    if (text) {
      const t = await tx.findOneOrFail(Transaction, { id: invitation!.transaction.id });
      const item = await answerFollowUps().logSuggestion(tx, {
        channelKey: invitation!.channelKey,
        subject: text.slice(0, 80),
        body: text,
        transaction: t,
        receivedAt: now,
      });
      recordAudit(tx, anonymous, {
        action: 'feedback.create',
        targetType: 'FeedbackItem',
        targetId: item.id,
        after: {
          kind: item.kind,
          source: item.source,
          surveyResponse: response.id,
          subject: item.subject,
        },
      });
    }
    await tx.flush();
    return { response };
  });
}

/**
 * An officer records an answer given at an interview or by phone, marked staff-assisted. It
 * uses the transaction's open invitation, or issues one (not shown) to hold the answer.
 */
export function recordAssisted(
  em: EntityManager,
  actor: Actor,
  user: User,
  transactionId: number,
  answers: Answers,
  validDays: number,
  now = new Date(),
): Promise<Result<{ response: SurveyResponse }>> {
  return inTransaction(em, async (tx) => {
    checkAnswers(answers);
    const t = await tx.findOne(
      Transaction,
      { id: transactionId },
      { populate: ['channel', 'policyVersion', 'assignee'] },
    );
    if (!t) reject('NOT_FOUND', 'No such transaction.', 'transactionId');
    let invitation = await tx.findOne(SurveyInvitation, {
      transaction: t!,
      usedAt: null,
      revokedAt: null,
      expiresAt: { $gt: now },
    });
    invitation ??= (await issueInvitation(tx, actor, t!, user, validDays, now, { onRequest: true }))
      .invitation;
    const response = await answer(
      tx,
      actor,
      invitation,
      answers,
      SurveyMode.STAFF_ASSISTED,
      user,
      now,
    );
    await tx.flush();
    return { response };
  });
}
