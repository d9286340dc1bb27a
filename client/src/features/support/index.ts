import { mdiCalendarRefreshOutline, mdiHandHeartOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Keeping the support types: managers and admins (the server's `supportTypeSave`). */
export const SUPPORT_TYPES_ACCESS: Access = accessOf('Mutation.supportTypeSave');
/** The renewal list: staff, committee, managers (the server's `supportRenewals`). */
export const RENEWALS_ACCESS: Access = accessOf('Query.supportRenewals');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = {
  renewals: ['work', mdiCalendarRefreshOutline],
  'support-types': ['administration', mdiHandHeartOutline],
};

/**
 * Support: what the committee approves, its registration and deliveries (components/, on the
 * transaction page), the renewal list, and the kinds of support kept by managers.
 */
export const supportFeature: Feature = defineFeature('support', PAGES, NAV, [
  [
    '/renewals',
    'renewals',
    'RenewalsPage',
    'support.renewals.pageTitle',
    RENEWALS_ACCESS,
    { messages: ['support', 'errors', 'office'] },
  ],
  [
    '/admin/support-types',
    'support-types',
    'SupportTypesPage',
    'support.pageTitle',
    SUPPORT_TYPES_ACCESS,
    { messages: ['support', 'errors'] },
  ],
]);
