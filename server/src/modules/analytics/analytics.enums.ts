import { describeEnum } from '../common/enums.js';
import { Dimension } from './satisfaction-figures.service.js';
import { TRANSACTION_DIMENSIONS, type TransactionDimension } from './stats.service.js';

/** What satisfaction figures are grouped by (the names of `DIMENSIONS`). */
export const SatisfactionDimension = Dimension;
export type SatisfactionDimension = Dimension;

describeEnum(
  SatisfactionDimension,
  'SatisfactionDimension',
  'What satisfaction figures are grouped by.',
  {
    CHANNEL: 'The channel the transaction came by (key).',
    TRANSACTION_TYPE: 'Inquiry or support request.',
    POLICY_VERSION: 'The policy version the transaction was handled under (number).',
    HANDLING_TIME: 'Days from opening to closing: D0_1, D2_7, D8_14, D15_30, D31_PLUS.',
    DAY: 'Day the link was issued (Riyadh time), YYYY-MM-DD.',
    WEEK: 'ISO week the link was issued, by its Monday, YYYY-MM-DD.',
    MONTH: 'Gregorian month the link was issued, YYYY-MM.',
    HIJRI_MONTH: 'Umm al-Qura month the link was issued, YYYY-MM.',
    OFFICER:
      'The officer the transaction was assigned to (managers only; groups under 5 answers merged into OTHER).',
  },
);

/** The transaction dimensions by name (a GraphQL enum's values are these names). */
export const TransactionStatsDimension = Object.fromEntries(
  TRANSACTION_DIMENSIONS.map((d) => [d, d]),
) as { [K in TransactionDimension]: K };
export type TransactionStatsDimension = TransactionDimension;

describeEnum(
  TransactionStatsDimension,
  'TransactionStatsDimension',
  'What transaction statistics are grouped by. Dates are the opening date, Riyadh time.',
  {
    CHANNEL: 'The channel it came by (key).',
    STEP: 'The step it is at now (key).',
    STATUS: 'Its status now.',
    TYPE: 'Inquiry or support request.',
    DAY: 'Day opened, YYYY-MM-DD.',
    WEEK: 'ISO week opened, by its Monday, YYYY-MM-DD.',
    MONTH: 'Gregorian month opened, YYYY-MM.',
    HIJRI_MONTH: 'Umm al-Qura month opened, YYYY-MM.',
    POLICY_VERSION: 'The policy version it is handled under (number).',
  },
);
