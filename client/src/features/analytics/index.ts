import { mdiViewDashboardOutline } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** The manager's dashboard: managers and admins (as `dashboard`). */
export const DASHBOARD_ACCESS: Access = accessOf('Query.dashboard');

/** Operational analytics: the manager's dashboard of workload, flow and compliance. */
export const analyticsFeature: Feature = {
  name: 'analytics',
  routes: [
    {
      path: '/dashboard',
      name: 'dashboard',
      component: () => import('./pages/DashboardPage.vue'),
      meta: { titleKey: 'dashboard.pageTitle', roles: DASHBOARD_ACCESS },
    },
  ],
  nav: [
    {
      name: 'dashboard',
      to: '/dashboard',
      titleKey: 'nav.dashboard',
      icon: mdiViewDashboardOutline,
      section: 'work',
      roles: DASHBOARD_ACCESS,
    },
  ],
};
