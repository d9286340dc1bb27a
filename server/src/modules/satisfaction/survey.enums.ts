import { describeEnum } from '../common/enums.js';

export enum SurveyMode {
  SELF = 'SELF',
  STAFF_ASSISTED = 'STAFF_ASSISTED',
}

describeEnum(SurveyMode, 'SurveyMode', 'How an answer was given.', {
  SELF: 'By the beneficiary through the survey link.',
  STAFF_ASSISTED: 'Given at an interview or by phone and recorded by an officer; reported apart.',
});

export const SurveyLinkState = {
  OPEN: 'OPEN',
  EXPIRED: 'EXPIRED',
  USED: 'USED',
  REVOKED: 'REVOKED',
  UNKNOWN: 'UNKNOWN',
} as const;
export type SurveyLinkState = (typeof SurveyLinkState)[keyof typeof SurveyLinkState];
describeEnum(SurveyLinkState, 'SurveyLinkState', 'Where a survey link stands.', {
  OPEN: 'Can be answered.',
  EXPIRED: 'Past its expiry; records nothing.',
  USED: 'Already answered; records nothing more.',
  REVOKED: 'Replaced by a newer link (officers see this; the public sees UNKNOWN).',
  UNKNOWN: 'No such link.',
});
