import { describeEnum } from '../common/enums.js';

export enum FeedbackKind {
  SUGGESTION = 'SUGGESTION',
  COMPLAINT = 'COMPLAINT',
}

export enum FeedbackStatus {
  NEW = 'NEW',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

/** Which part of the policy an item concerns. */
export enum PolicyClause {
  CHANNEL = 'CHANNEL',
  TOOL = 'TOOL',
  STEP = 'STEP',
  OBJECTIVE = 'OBJECTIVE',
}

export enum FeedbackSource {
  STAFF = 'STAFF',
  SURVEY = 'SURVEY',
}

export enum ImprovementStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

describeEnum(FeedbackKind, 'FeedbackKind', 'Suggestion or complaint.', {
  SUGGESTION: 'A suggestion (اقتراح).',
  COMPLAINT: 'A complaint (شكوى).',
});
describeEnum(FeedbackStatus, 'FeedbackStatus', 'Where a suggestion or complaint stands.', {
  NEW: 'Received, not yet looked at.',
  UNDER_REVIEW: 'Being looked into.',
  ANSWERED: 'A response was given.',
  CLOSED: 'Done.',
});
describeEnum(PolicyClause, 'PolicyClause', 'The part of the policy an item concerns.', {
  CHANNEL: 'A communication channel (by key).',
  TOOL: 'A tool (by key).',
  STEP: 'A handling step (by key).',
  OBJECTIVE: 'An objective (by its place, e.g. 6.2).',
});
describeEnum(FeedbackSource, 'FeedbackSource', 'How an item reached the association.', {
  STAFF: 'Logged by an officer from any channel.',
  SURVEY: 'Left by the beneficiary at the end of a satisfaction survey.',
});
describeEnum(ImprovementStatus, 'ImprovementStatus', 'Where an improvement action stands.', {
  OPEN: 'Opened by a low rating; waiting for what will be done.',
  CLOSED: 'Closed by a manager with what was done.',
});
