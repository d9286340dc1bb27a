import { hijriOf } from '../common/hijri.js';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';
import { plusDays } from './working-days.js';

/**
 * The holidays the start pre-fills for the years around now, as the private sector and
 * associations (the Labor Law's implementing regulations, announced each year by the Ministry
 * of Human Resources and Social Development) keep them:
 * - Founding Day (22 February) and National Day (23 September): one day each, fixed by royal
 *   order, so CONFIRMED (a compensation day announced when one falls on a weekend is added by
 *   hand as OTHER);
 * - Eid al-Fitr: four days from the day after 29 Ramadan (work stops at the end of 29 Ramadan);
 * - Eid al-Adha: four days from the Day of Arafah (9 to 12 Dhu al-Hijjah);
 * both ESTIMATED from the Umm al-Qura calendar until an admin or manager confirms or corrects
 * them after the yearly announcement.
 */

export interface HolidayEstimate {
  seedKey: string;
  kind: HolidayKind;
  status: HolidayStatus;
  startDate: string;
  endDate: string;
  name: { ar: string; en: string };
}

const EID_DAYS = 4;

/** The pre-filled holidays whose first day falls in the Gregorian years first..last. */
export function holidayEstimates(first: number, last: number): HolidayEstimate[] {
  const out: HolidayEstimate[] = [];
  for (let year = first; year <= last; year++) {
    out.push({
      seedKey: `${HolidayKind.FOUNDING_DAY}:${year}`,
      kind: HolidayKind.FOUNDING_DAY,
      status: HolidayStatus.CONFIRMED,
      startDate: `${year}-02-22`,
      endDate: `${year}-02-22`,
      name: { ar: 'يوم التأسيس', en: 'Founding Day' },
    });
    out.push({
      seedKey: `${HolidayKind.NATIONAL_DAY}:${year}`,
      kind: HolidayKind.NATIONAL_DAY,
      status: HolidayStatus.CONFIRMED,
      startDate: `${year}-09-23`,
      endDate: `${year}-09-23`,
      name: { ar: 'اليوم الوطني', en: 'National Day' },
    });
  }
  for (let day = `${first}-01-01`; day <= `${last}-12-31`; day = plusDays(day)) {
    const hijri = hijriOf(day)!;
    const hijriYear = hijri.slice(0, 4);
    if (hijri.endsWith('-09-29')) {
      const start = plusDays(day);
      out.push({
        seedKey: `${HolidayKind.EID_AL_FITR}:${hijriYear}`,
        kind: HolidayKind.EID_AL_FITR,
        status: HolidayStatus.ESTIMATED,
        startDate: start,
        endDate: plusDays(start, EID_DAYS - 1),
        name: { ar: `إجازة عيد الفطر ${hijriYear}هـ`, en: `Eid al-Fitr holiday ${hijriYear} AH` },
      });
    } else if (hijri.endsWith('-12-09')) {
      out.push({
        seedKey: `${HolidayKind.EID_AL_ADHA}:${hijriYear}`,
        kind: HolidayKind.EID_AL_ADHA,
        status: HolidayStatus.ESTIMATED,
        startDate: day,
        endDate: plusDays(day, EID_DAYS - 1),
        name: { ar: `إجازة عيد الأضحى ${hijriYear}هـ`, en: `Eid al-Adha holiday ${hijriYear} AH` },
      });
    }
  }
  return out.sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** The years the start pre-fills: last year to four years ahead (a restart each year adds one). */
export const seedYears = (now: Date): [number, number] => {
  const year = now.getUTCFullYear();
  return [year - 1, year + 4];
};
