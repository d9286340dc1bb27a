import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import { SurveyResolver } from './survey.resolver.js';
import { SatisfactionAnalyticsResolver } from './analytics.resolver.js';

/** Satisfaction: survey links, answers, and (analytics) the figures computed from them. */
export const satisfactionModule = {
  entities: [SurveyInvitation, SurveyResponse],
  resolvers: [SurveyResolver, SatisfactionAnalyticsResolver],
} as const;
