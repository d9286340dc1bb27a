import { mdiMessageAlertOutline } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Suggestions and complaints: officers and managers (as `feedbackItems`). */
export const FEEDBACK_ACCESS: Access = accessOf('Query.feedbackItems');
/** Improvement actions opened by low ratings: managers (as `improvementActions`). */
export const IMPROVEMENT_ACCESS: Access = accessOf('Query.improvementActions');

/** Suggestions and complaints tracked to a response, and the improvement actions of low ratings. */
export const feedbackFeature: Feature = {
  name: 'feedback',
  routes: [
    {
      path: '/feedback',
      name: 'feedback',
      component: () => import('./pages/FeedbackBoardPage.vue'),
      meta: { titleKey: 'feedback.pageTitle', roles: FEEDBACK_ACCESS },
    },
    {
      path: '/feedback/improvements',
      name: 'improvements',
      component: () => import('./pages/ImprovementActionsPage.vue'),
      meta: { titleKey: 'feedback.improvements.pageTitle', roles: IMPROVEMENT_ACCESS },
    },
  ],
  nav: [
    {
      name: 'feedback',
      to: '/feedback',
      titleKey: 'nav.feedback',
      icon: mdiMessageAlertOutline,
      section: 'work',
      roles: FEEDBACK_ACCESS,
    },
  ],
};
