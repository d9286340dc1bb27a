import { CalendarDay } from './calendar-day.entity.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { StatsResolver } from './stats.resolver.js';

/** Analytics: the managers' dashboard and the analysts' statistics API. */
export const analyticsModule = {
  entities: [CalendarDay],
  resolvers: [DashboardResolver, StatsResolver],
} as const;
