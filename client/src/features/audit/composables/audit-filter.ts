import type { AuditFilter } from '@/gql/graphql';

/** What the filter form holds: plain strings, dates as `YYYY-MM-DD` (the reader's calendar day). */
export interface AuditFilterForm {
  action: string | null;
  targetType: string | null;
  actorName: string;
  from: string;
  to: string;
}

export const emptyAuditFilter = (): AuditFilterForm => ({
  action: null,
  targetType: null,
  actorName: '',
  from: '',
  to: '',
});

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a local calendar day, `days` later. */
function localMidnight(day: string, days = 0): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The GraphQL filter for the form. "From" and "to" are whole days in the reader's time zone, both
 * included: `from` is the first day's midnight, `to` the midnight after the last day (the
 * server's `to` is exclusive). Null when nothing is filtered.
 */
export function toAuditFilter(form: AuditFilterForm): AuditFilter | null {
  const filter: AuditFilter = {};
  if (form.action?.trim()) filter.action = form.action.trim();
  if (form.targetType?.trim()) filter.targetType = form.targetType.trim();
  if (form.actorName.trim()) filter.actorName = form.actorName.trim().toLowerCase();
  const from = localMidnight(form.from);
  const to = localMidnight(form.to, 1);
  if (from) filter.from = from.toISOString();
  if (to) filter.to = to.toISOString();
  return Object.keys(filter).length ? filter : null;
}

/** True when "to" is before "from": the form says so instead of asking the server. */
export function invalidRange(form: AuditFilterForm): boolean {
  return !!form.from && !!form.to && form.to < form.from;
}

/**
 * Actions the server writes today (free text is accepted too, for actions added later); a test
 * reads the server's sources and fails when one is missing here.
 */
export const KNOWN_ACTIONS = [
  'user.create',
  'user.update',
  'user.resetPassword',
  'user.changePassword',
  'session.create',
  'session.revoke',
  'apiToken.create',
  'apiToken.revoke',
  'auth.passwordFailed',
  'auth.locked',
  'auth.slowed',
  'beneficiary.create',
  'beneficiary.update',
  'beneficiary.read',
  'household.memberAdd',
  'household.memberUpdate',
  'household.memberRemove',
  'household.set',
  'transaction.open',
  'transaction.search',
  'transaction.complete_step',
  'transaction.close_inquiry',
  'transaction.refer',
  'transaction.return_from_referral',
  'transaction.attest',
  'transaction.submit_to_committee',
  'transaction.decide',
  'transaction.resume',
  'transaction.deliver',
  'transaction.record_delivery',
  'transaction.withdraw',
  'transaction.assign',
  'transaction.note',
  'TRANSACTIONS_EXPORTED',
  'referralReason.create',
  'referralReason.update',
  'survey.issue',
  'survey.answer',
  'feedback.create',
  'feedback.update',
  'improvement.open',
  'improvement.close',
  'libraryDocument.create',
  'libraryDocument.saveDraft',
  'libraryDocument.publish',
  'libraryDocument.update',
  'libraryDocument.attach',
  'documentType.create',
  'documentType.update',
  'beneficiaryDocument.add',
  'beneficiaryDocument.remove',
  'beneficiaryDocument.download',
  'transaction.documentAttach',
  'transaction.documentDetach',
  'homeVisit.schedule',
  'homeVisit.record',
  'socialReport.save',
  'supportType.create',
  'supportType.update',
  'supportAward.propose',
  'policy.draft_create',
  'policy.draft_save',
  'policy.draft_discard',
  'policy.approve',
  'holiday.prefill',
  'holiday.add',
  'holiday.update',
  'holiday.confirm',
  'holiday.remove',
  'rollups.rebuild',
] as const;

export const KNOWN_TARGET_TYPES = [
  'User',
  'Session',
  'ApiToken',
  'Address',
  'Beneficiary',
  'Transaction',
  'ReferralReason',
  'SurveyInvitation',
  'SurveyResponse',
  'FeedbackItem',
  'ImprovementAction',
  'LibraryDocument',
  'DocumentType',
  'PolicyVersion',
  'Holiday',
  'Rollups',
] as const;
