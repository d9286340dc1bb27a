import { mdiMessageAlertOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Suggestions and complaints: officers and managers (as `feedbackItems`). */
export const FEEDBACK_ACCESS: Access = accessOf('Query.feedbackItems');
/** Improvement actions opened by low ratings: managers (as `improvementActions`). */
export const IMPROVEMENT_ACCESS: Access = accessOf('Query.improvementActions');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { feedback: ['work', mdiMessageAlertOutline] };

/** Suggestions and complaints tracked to a response, and the improvement actions of low ratings. */
export const feedbackFeature: Feature = defineFeature('feedback', PAGES, NAV, [
  [
    '/feedback',
    'feedback',
    'FeedbackBoardPage',
    'feedback.pageTitle',
    FEEDBACK_ACCESS,
    { messages: ['feedback', 'errors', 'office'] },
  ],
  [
    '/feedback/improvements',
    'improvements',
    'ImprovementActionsPage',
    'feedback.improvements.pageTitle',
    IMPROVEMENT_ACCESS,
    { messages: ['feedback', 'errors', 'office'] },
  ],
]);
