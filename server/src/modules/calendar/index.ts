import { CalendarResolver } from './calendar.resolver.js';
import { Holiday } from './holiday.entity.js';

/** The Saudi working calendar: the working week and the official holidays. */
export const calendarModule = {
  entities: [Holiday],
  resolvers: [CalendarResolver],
} as const;
