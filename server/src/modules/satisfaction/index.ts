import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import { SurveyResolver } from './survey.resolver.js';

/** Satisfaction: survey links and answers (their figures are the analytics module's). */
export const satisfactionModule = {
  entities: [SurveyInvitation, SurveyResponse],
  resolvers: [SurveyResolver],
} as const;
