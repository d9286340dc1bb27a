import { mdiApi, mdiViewDashboardOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav, type NavEntry } from '@/shared/feature';

/** The manager's dashboard: managers and admins (as `dashboard`). */
export const DASHBOARD_ACCESS: Access = accessOf('Query.dashboard');
/**
 * The statistics API explorer (a page the server serves, /explorer): analysts and managers, as
 * the statistics it queries (`transactionStats`; the server's EXPLORER_ROLES are the same).
 */
export const EXPLORER_ACCESS: Access = accessOf('Query.transactionStats');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { dashboard: ['work', mdiViewDashboardOutline] };

/** The drawer's link to the explorer: it leaves the app for the server's page. */
const EXPLORER_NAV: NavEntry = {
  name: 'explorer',
  to: '/explorer',
  titleKey: 'nav.explorer',
  icon: mdiApi,
  section: 'work',
  roles: EXPLORER_ACCESS,
};

const pages = defineFeature('analytics', PAGES, NAV, [
  [
    '/dashboard',
    'dashboard',
    'DashboardPage',
    'dashboard.pageTitle',
    DASHBOARD_ACCESS,
    { messages: ['dashboard', 'satisfaction', 'errors', 'office'] },
  ],
]);

/** Operational analytics: the manager's dashboard, and the way to the analysts' API explorer. */
export const analyticsFeature: Feature = { ...pages, nav: [...pages.nav, EXPLORER_NAV] };
