import { mdiChartLine } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Satisfaction figures and comments: managers and analysts (as `satisfactionReport`). */
export const SATISFACTION_ACCESS: Access = accessOf('Query.satisfactionReport');
/** The survey itself: anyone holding the link, no sign-in. */
export const SURVEY_ACCESS: Access = accessOf('Query.survey');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { satisfaction: ['work', mdiChartLine] };

/**
 * Satisfaction surveys: the public page a beneficiary answers through a one-time link
 * (`/s/<token>`, without the app's menu) and the analytics page. The transaction page shows a
 * transaction's links through `./survey-link.ts`.
 */
export const satisfactionFeature: Feature = defineFeature('satisfaction', PAGES, NAV, [
  [
    '/s/:token',
    'survey',
    'SurveyPage',
    'survey.pageTitle',
    SURVEY_ACCESS,
    { bare: true, messages: ['survey', 'errors'] },
  ],
  [
    '/satisfaction',
    'satisfaction',
    'SatisfactionPage',
    'satisfaction.pageTitle',
    SATISFACTION_ACCESS,
    { messages: ['satisfaction', 'surveyLinks', 'survey', 'errors', 'office'] },
  ],
]);
