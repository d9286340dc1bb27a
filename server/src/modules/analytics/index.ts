import { CalendarDay } from './calendar-day.entity.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { SatisfactionFiguresResolver } from './satisfaction-figures.resolver.js';
import { StatsResolver } from './stats.resolver.js';

/**
 * Analytics: every figure — the managers' dashboard, the analysts' statistics API, and the
 * satisfaction report and comments (the satisfaction module keeps the surveys themselves).
 */
export const analyticsModule = {
  entities: [CalendarDay],
  resolvers: [DashboardResolver, StatsResolver, SatisfactionFiguresResolver],
} as const;
