import type { EntityManager } from '@mikro-orm/core';
import { workingCalendar } from '../calendar/calendar.service.js';
import { DAY_MS } from '../calendar/working-days.js';
import { WindowUnit } from '../policy/policy.enums.js';
import type { StepShape } from '../policy/version-shape.js';

/**
 * The limit of the social research (step 3): the REFERRAL step's window when its policy version
 * gives one, else the social research guide's "a case study is completed within five working
 * days of the referral" (library-seed.data.ts), as the committee's window falls back to 14 days.
 */
export const RESEARCH_WINDOW_DEFAULT = { days: 5, unit: WindowUnit.WORKING } as const;

/** The research window of a REFERRAL step: its own, or the guide's five working days. */
export function researchWindow(step: Pick<StepShape, 'windowDays' | 'windowUnit'>): {
  days: number;
  unit: WindowUnit;
} {
  if (step.windowDays == null) return { ...RESEARCH_WINDOW_DEFAULT };
  return { days: step.windowDays, unit: step.windowUnit };
}

/**
 * `from` + a window: `days` working days on the working calendar (Fridays, Saturdays and the
 * holidays skipped), or calendar days.
 */
export async function dueAfter(
  em: EntityManager,
  from: Date,
  { days, unit }: { days: number; unit: WindowUnit },
): Promise<Date> {
  return unit === WindowUnit.WORKING
    ? (await workingCalendar(em)).addWorkingDays(from, days)
    : new Date(from.getTime() + days * DAY_MS);
}
