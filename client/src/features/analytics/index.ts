import { mdiViewDashboardOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** The manager's dashboard: managers and admins (as `dashboard`). */
export const DASHBOARD_ACCESS: Access = accessOf('Query.dashboard');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { dashboard: ['work', mdiViewDashboardOutline] };

/** Operational analytics: the manager's dashboard of workload, flow and compliance. */
export const analyticsFeature: Feature = defineFeature('analytics', PAGES, NAV, [
  ['/dashboard', 'dashboard', 'DashboardPage', 'dashboard.pageTitle', DASHBOARD_ACCESS],
]);
