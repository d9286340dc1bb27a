import type { FeedbackStatus, PolicyClause } from '@/gql/graphql';

/** The statuses in the order an item moves through them (forward only). */
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'NEW',
  'UNDER_REVIEW',
  'ANSWERED',
  'CLOSED',
];

export const STATUS_COLORS: Record<FeedbackStatus, string> = {
  NEW: 'info',
  UNDER_REVIEW: 'warning',
  ANSWERED: 'success',
  CLOSED: 'grey',
};

/** The statuses an item may move to from `status`: any later one. */
export function forwardStatuses(status: FeedbackStatus): FeedbackStatus[] {
  return FEEDBACK_STATUSES.slice(FEEDBACK_STATUSES.indexOf(status) + 1);
}

export const POLICY_CLAUSES: readonly PolicyClause[] = ['CHANNEL', 'TOOL', 'STEP', 'OBJECTIVE'];
