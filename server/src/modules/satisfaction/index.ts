import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import { SurveyResolver } from './survey.resolver.js';
import { surveyLinkOnClose } from './survey.service.js';
import { onTransactionClosed } from '../transactions/transaction.service.js';

// A closing action issues the survey link (transactions calls back; it does not import us).
onTransactionClosed(surveyLinkOnClose);

/** Satisfaction: survey links and answers (their figures are the analytics module's). */
export const satisfactionModule = {
  entities: [SurveyInvitation, SurveyResponse],
  resolvers: [SurveyResolver],
} as const;
