import { mdiChartLine } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Satisfaction figures and comments: managers and analysts (as `satisfactionReport`). */
export const SATISFACTION_ACCESS: Access = accessOf('Query.satisfactionReport');
/** The survey itself: anyone holding the link, no sign-in. */
export const SURVEY_ACCESS: Access = accessOf('Query.survey');

/**
 * Satisfaction surveys: the public page a beneficiary answers through a one-time link
 * (`/s/<token>`, without the app's menu) and the analytics page. The transaction page shows a
 * transaction's links through `./survey-link.ts`.
 */
export const satisfactionFeature: Feature = {
  name: 'satisfaction',
  routes: [
    {
      path: '/s/:token',
      name: 'survey',
      component: () => import('./pages/SurveyPage.vue'),
      meta: { titleKey: 'survey.pageTitle', roles: SURVEY_ACCESS, bare: true },
    },
    {
      path: '/satisfaction',
      name: 'satisfaction',
      component: () => import('./pages/SatisfactionPage.vue'),
      meta: { titleKey: 'satisfaction.pageTitle', roles: SATISFACTION_ACCESS },
    },
  ],
  nav: [
    {
      name: 'satisfaction',
      to: '/satisfaction',
      titleKey: 'nav.satisfaction',
      icon: mdiChartLine,
      section: 'work',
      roles: SATISFACTION_ACCESS,
    },
  ],
};
