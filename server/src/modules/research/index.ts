import { HomeVisit, SocialReport } from './research.entity.js';
import { ResearchResolver, SocialReportFieldsResolver } from './research.resolver.js';

/** The social research of step 3: home visits and the social report the committee reads. */
export const researchModule = {
  entities: [HomeVisit, SocialReport],
  resolvers: [ResearchResolver, SocialReportFieldsResolver],
} as const;
