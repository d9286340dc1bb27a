import { describe, expect, it } from 'vitest';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';
import { holidayEstimates } from './holiday-estimates.js';
import { riyadhDay, WorkingCalendar } from './working-days.js';

/** An instant given in Riyadh time. */
const riyadh = (local: string) => new Date(`${local}+03:00`);

// The pre-fill's own 2026: Founding Day Sun 22 Feb, Eid al-Fitr 1447 Thu 19 – Sun 22 March,
// Eid al-Adha 1447 Tue 26 – Fri 29 May, National Day Wed 23 September.
const holidays2026 = holidayEstimates(2026, 2026);
const calendar = new WorkingCalendar(holidays2026);

describe('the pre-filled holidays (Umm al-Qura)', () => {
  it('has Founding Day and National Day confirmed, both Eids estimated with four days each', () => {
    expect(holidays2026.map((h) => [h.kind, h.startDate, h.endDate, h.status, h.seedKey])).toEqual([
      [
        HolidayKind.FOUNDING_DAY,
        '2026-02-22',
        '2026-02-22',
        HolidayStatus.CONFIRMED,
        'FOUNDING_DAY:2026',
      ],
      [
        HolidayKind.EID_AL_FITR,
        '2026-03-19',
        '2026-03-22',
        HolidayStatus.ESTIMATED,
        'EID_AL_FITR:1447',
      ],
      [
        HolidayKind.EID_AL_ADHA,
        '2026-05-26',
        '2026-05-29',
        HolidayStatus.ESTIMATED,
        'EID_AL_ADHA:1447',
      ],
      [
        HolidayKind.NATIONAL_DAY,
        '2026-09-23',
        '2026-09-23',
        HolidayStatus.CONFIRMED,
        'NATIONAL_DAY:2026',
      ],
    ]);
    expect(holidays2026[1]!.name).toEqual({
      ar: 'إجازة عيد الفطر 1447هـ',
      en: 'Eid al-Fitr holiday 1447 AH',
    });
  });

  it('gives every Hijri year its own Eids across the seeded years, without duplicates', () => {
    const all = holidayEstimates(2025, 2030);
    expect(new Set(all.map((h) => h.seedKey)).size).toBe(all.length);
    expect(all.filter((h) => h.kind === HolidayKind.EID_AL_FITR).map((h) => h.startDate)).toEqual([
      '2025-03-30',
      '2026-03-19',
      '2027-03-09',
      '2028-02-26',
      '2029-02-14',
      '2030-02-03',
    ]);
  });
});

describe('working days (Sunday–Thursday, holidays skipped)', () => {
  it('knows the weekend and the holidays', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2026-09-24')).toBe(true); // Thursday
    expect(calendar.isWorkingDay('2026-09-25')).toBe(false); // Friday
    expect(calendar.isWorkingDay('2026-09-26')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-09-23')).toBe(false); // National Day
    expect(calendar.isWorkingDay('2026-03-22')).toBe(false); // Eid al-Fitr, a Sunday
  });

  it('steps over National Day, keeping the time of day', () => {
    const from = riyadh('2026-09-22T10:30:00'); // Tuesday
    expect(calendar.addWorkingDays(from, 1)).toEqual(riyadh('2026-09-24T10:30:00'));
    expect(calendar.addWorkingDays(from, 3)).toEqual(riyadh('2026-09-28T10:30:00'));
    expect(calendar.addWorkingDays(from, 0)).toEqual(from);
  });

  it('steps over Eid al-Fitr and the weekends around it', () => {
    const from = riyadh('2026-03-18T09:00:00'); // Wednesday, 29 Ramadan 1447
    expect(calendar.addWorkingDays(from, 1)).toEqual(riyadh('2026-03-23T09:00:00'));
    // 23–26 March, 29 March – 2 April, then Sunday 5 April.
    expect(calendar.addWorkingDays(from, 10)).toEqual(riyadh('2026-04-05T09:00:00'));
    // Ten calendar days would have been Saturday 28 March.
  });

  it('counts from a day off as from the day itself', () => {
    const friday = riyadh('2026-09-25T20:00:00');
    expect(calendar.addWorkingDays(friday, 1)).toEqual(riyadh('2026-09-27T20:00:00'));
  });

  it('uses the Riyadh day, not the UTC one', () => {
    // 22:30 UTC on Wednesday is already Thursday in Riyadh.
    const lateWednesdayUtc = new Date('2026-09-23T22:30:00Z');
    expect(riyadhDay(lateWednesdayUtc)).toBe('2026-09-24');
    expect(calendar.addWorkingDays(lateWednesdayUtc, 1)).toEqual(new Date('2026-09-26T22:30:00Z'));
  });

  it('counts the working days between two instants, the inverse of adding them', () => {
    const from = riyadh('2026-03-18T09:00:00');
    for (const n of [0, 1, 4, 10, 30]) {
      expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n);
    }
    const due = riyadh('2026-09-28T10:30:00');
    expect(calendar.workingDaysBetween(riyadh('2026-09-22T08:00:00'), due)).toBe(3);
    expect(calendar.workingDaysBetween(riyadh('2026-09-28T23:00:00'), due)).toBe(0);
    // Overdue: negative, the weekend and National Day not counted.
    expect(calendar.workingDaysBetween(due, riyadh('2026-09-22T08:00:00'))).toBe(-3);
  });

  it('refuses a count outside 0–365', () => {
    expect(() => calendar.addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});
