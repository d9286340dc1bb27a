import { DashboardResolver } from './dashboard.resolver.js';

/** Analytics: the managers' dashboard (satisfaction figures live in the satisfaction feature). */
export const analyticsModule = {
  entities: [],
  resolvers: [DashboardResolver],
} as const;
