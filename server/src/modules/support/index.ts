import { onStepEnding } from '../transactions/transaction-checklist.js';
import { SupportAward, SupportDelivery } from './support-award.entity.js';
import { SupportType } from './support-type.entity.js';
import { SupportResolver, TransactionSupportResolver } from './support.resolver.js';
import { onOfferedActions } from '../transactions/transaction.service.js';
import { awardAtStepEnding, offeredSupportActions } from './support.service.js';

// The award follows the steps: approved with the committee, registered at step 6, and step 7's
// plain delivery refused while what was approved is not all delivered.
onStepEnding(awardAtStepEnding);
onOfferedActions(offeredSupportActions);

/** Registration and delivery: support types, awards, deliveries, renewals. */
export const supportModule = {
  entities: [SupportType, SupportAward, SupportDelivery],
  resolvers: [SupportResolver, TransactionSupportResolver],
} as const;
