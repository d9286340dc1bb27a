import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { OFFICER_ROLES } from '../common/role.js';
import { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { foldArabic } from '../common/arabic.js';
import { parseId } from '../common/input.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';
import type { AnswerFollowUps } from '../satisfaction/survey-follow-ups.js';
import {
  FeedbackKind,
  FeedbackSource,
  FeedbackStatus,
  ImprovementStatus,
} from './feedback.enums.js';
import type {
  FeedbackCreateInput,
  FeedbackUpdateInput,
  ImprovementActionCloseInput,
} from './feedback.inputs.js';
import { FEEDBACK_POPULATE } from './feedback.repository.js';

/** The statuses in the only order an item moves through them. */
const ORDER = [
  FeedbackStatus.NEW,
  FeedbackStatus.UNDER_REVIEW,
  FeedbackStatus.ANSWERED,
  FeedbackStatus.CLOSED,
];

/**
 * Logs a suggestion or complaint, whoever it comes from (an officer, the end of a survey): the
 * folded search text is derived here, and the reference FB-<year>-<id> once the id is known.
 */
export async function createFeedbackItem(
  tx: EntityManager,
  fields: Omit<RequiredEntityData<FeedbackItem>, 'reference' | 'searchText'>,
): Promise<FeedbackItem> {
  const item = tx.create(FeedbackItem, {
    ...fields,
    // Replaced below; unique and within the column's 20 characters meanwhile.
    reference: `FB-T${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 20),
    searchText: foldArabic(`${fields.subject} ${fields.body}`),
  });
  await tx.flush();
  item.reference = `FB-${new Date(fields.receivedAt).getUTCFullYear()}-${String(item.id).padStart(6, '0')}`;
  await tx.flush();
  return item;
}

/**
 * What a survey answer opens here (registered with satisfaction's `onSurveyAnswered`): an
 * improvement action on a low rating, a suggestion item for the text written at its end.
 */
export const surveyFollowUps: AnswerFollowUps = {
  openImprovementAction: (tx, response, now) =>
    tx.create(ImprovementAction, { response, openedAt: now }),
  logSuggestion: (tx, { transaction, ...fields }) =>
    createFeedbackItem(tx, {
      kind: FeedbackKind.SUGGESTION,
      source: FeedbackSource.SURVEY,
      ...fields,
      beneficiary: transaction.beneficiary,
      transaction,
    }),
};

/** An officer logs a suggestion or complaint received on any channel. */
export function createFeedback(
  em: EntityManager,
  actor: Actor,
  user: User | null,
  input: FeedbackCreateInput,
): Promise<Result<{ item: FeedbackItem }>> {
  return inTransaction(em, async (tx) => {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (subject.length < 3 || subject.length > 200)
      reject('INVALID_SUBJECT', 'A subject of 3 to 200 characters.', 'subject');
    if (!body || body.length > 4000)
      reject('INVALID_BODY', 'Write what was said (up to 4,000 characters).', 'body');
    if ((input.clause == null) !== (input.clauseKey == null)) {
      reject('CLAUSE_INCOMPLETE', 'Give both the part of the policy and its key.', 'clauseKey');
    }
    const beneficiary = input.beneficiaryId
      ? await tx.findOne(Beneficiary, { id: parseId(input.beneficiaryId, 'beneficiaryId') })
      : null;
    if (input.beneficiaryId && !beneficiary)
      reject('NOT_FOUND', 'No such beneficiary.', 'beneficiaryId');
    const transaction = input.transactionReference
      ? await tx.findOne(Transaction, {
          reference: input.transactionReference.trim().toUpperCase(),
        })
      : null;
    if (input.transactionReference && !transaction) {
      reject('NOT_FOUND', 'No transaction has this reference.', 'transactionReference');
    }
    const item = await createFeedbackItem(tx, {
      kind: input.kind,
      source: FeedbackSource.STAFF,
      channelKey: input.channelKey ?? null,
      subject,
      body,
      beneficiary: beneficiary ?? transaction?.beneficiary ?? null,
      transaction,
      clause: input.clause ?? null,
      clauseKey: input.clauseKey ?? null,
      receivedAt: new Date(),
      createdBy: user,
    });
    recordAudit(tx, actor, {
      action: 'feedback.create',
      targetType: 'FeedbackItem',
      targetId: item.id,
      after: { kind: item.kind, subject },
    });
    await tx.flush();
    return { item };
  });
}

/** The fields of an item the audit trail follows (the response: only whether it changed). */
const audited = (item: FeedbackItem) => ({
  status: item.status,
  assignee: item.assignee?.username ?? null,
  response: item.response ?? null,
});

/**
 * Follows up an item: assignee (an active officer), response, the policy version that answers
 * it (the draft or the version in force), and status (forward only; answering needs a response).
 */
export function updateFeedback(
  em: EntityManager,
  actor: Actor,
  input: FeedbackUpdateInput,
): Promise<Result<{ item: FeedbackItem }>> {
  return inTransaction(em, async (tx) => {
    const found = await tx.findOne(
      FeedbackItem,
      { id: parseId(input.id) },
      { populate: FEEDBACK_POPULATE },
    );
    if (!found) return reject('NOT_FOUND', 'No such item.', 'id');
    const item = found;
    // The response is free text: the audit row keeps only whether it changed (audit.service).
    const before = audited(item);
    if (input.assigneeId !== undefined) {
      if (input.assigneeId === null) item.assignee = null;
      else {
        const user = await tx.findOne(User, {
          id: parseId(input.assigneeId, 'assigneeId'),
          active: true,
        });
        if (!user || !user.hasAnyRole(OFFICER_ROLES))
          reject('INVALID_ASSIGNEE', 'Choose an active officer.', 'assigneeId');
        item.assignee = user;
      }
    }
    if (input.response != null) {
      const response = input.response.trim();
      if (response.length > 4000) reject('TOO_LONG', 'At most 4,000 characters.', 'response');
      item.response = response || null;
    }
    if (input.answeredByPolicyVersion != null) {
      const version = await tx.findOne(PolicyVersion, { number: input.answeredByPolicyVersion });
      if (!version || version.status === PolicyVersionStatus.SUPERSEDED) {
        reject(
          'INVALID_POLICY_VERSION',
          'Choose the draft or the version in force.',
          'answeredByPolicyVersion',
        );
      }
      item.answeredByPolicy = version;
    }
    if (input.status && input.status !== item.status) {
      if (ORDER.indexOf(input.status) < ORDER.indexOf(item.status)) {
        reject('INVALID_STATUS_CHANGE', 'A status only moves forward.', 'status');
      }
      const now = new Date();
      if (ORDER.indexOf(input.status) >= ORDER.indexOf(FeedbackStatus.ANSWERED)) {
        if (!item.response || item.response.length < 3) {
          reject('RESPONSE_REQUIRED', 'Record the response given first.', 'response');
        }
        item.answeredAt ??= now;
      }
      if (input.status === FeedbackStatus.CLOSED) item.closedAt = now;
      item.status = input.status;
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'feedback.update',
      targetType: 'FeedbackItem',
      targetId: item.id,
      before,
      after: audited(item),
    });
    return { item };
  });
}

/** A manager closes an improvement action with what was done (3–4,000 characters). */
export function closeImprovementAction(
  em: EntityManager,
  actor: Actor,
  user: User | null,
  input: ImprovementActionCloseInput,
): Promise<Result<{ action: ImprovementAction }>> {
  return inTransaction(em, async (tx) => {
    const action = await tx.findOne(
      ImprovementAction,
      { id: parseId(input.id) },
      { populate: ['response.invitation.transaction'] },
    );
    if (!action) return reject('NOT_FOUND', 'No such action.', 'id');
    if (action.status === ImprovementStatus.CLOSED)
      reject('ALREADY_CLOSED', 'It is already closed.', 'id');
    const text = input.actionTaken.trim();
    if (text.length < 3 || text.length > 4000)
      reject('ACTION_REQUIRED', 'Write what was done.', 'actionTaken');
    action.status = ImprovementStatus.CLOSED;
    action.actionTaken = text;
    action.closedAt = new Date();
    action.closedBy = user;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'improvement.close',
      targetType: 'ImprovementAction',
      targetId: action.id,
      after: { actionTaken: text },
    });
    return { action };
  });
}
