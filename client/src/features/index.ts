import type { Feature } from '@/shared/feature';
import { accountsFeature } from './accounts';
import { analyticsFeature } from './analytics';
import { auditFeature } from './audit';
import { calendarFeature } from './calendar';
import { beneficiariesFeature } from './beneficiaries';
import { documentsFeature } from './documents';
import { libraryFeature } from './library';
import { operationsFeature } from './operations';
import { feedbackFeature } from './feedback';
import { policyFeature } from './policy';
import { satisfactionFeature } from './satisfaction';
import { supportFeature } from './support';
import { transactionsFeature } from './transactions';

/**
 * Every feature of the app. Add new features here. Each route says who may open it
 * (`meta.roles`) and each drawer entry who sees it (`roles`); the drawer groups entries by
 * section, in this order within a section.
 */
export const features: Feature[] = [
  policyFeature,
  libraryFeature,
  analyticsFeature,
  transactionsFeature,
  beneficiariesFeature,
  documentsFeature,
  supportFeature,
  feedbackFeature,
  satisfactionFeature,
  accountsFeature,
  auditFeature,
  operationsFeature,
  calendarFeature,
];

export const navEntries = features.flatMap((feature) => feature.nav);
