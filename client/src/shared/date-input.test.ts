import { describe, expect, it } from 'vitest';
import {
  DATE_RANGE,
  formatDateInput,
  normalizeDigits,
  otherCalendarText,
  parseDateInput,
} from './date-input';
import {
  addDays,
  monthDays,
  monthOf,
  monthTitle,
  monthWeeks,
  shiftDayByMonths,
  shiftMonth,
} from './date-calendar';
import { gregorianOfHijri, hijriOfGregorian } from './hijri';

const visible = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');
const ok = (iso: string, calendar: 'gregorian' | 'hijri') => ({ ok: true, iso, calendar });

describe('a typed date, in either calendar (the one date field of the app)', () => {
  it('reads Gregorian days year first or day first (the locale order), any separator', () => {
    expect(parseDateInput('2026-12-07')).toEqual(ok('2026-12-07', 'gregorian'));
    expect(parseDateInput('7/12/2026')).toEqual(ok('2026-12-07', 'gregorian'));
    expect(parseDateInput(' 07.12.2026 ')).toEqual(ok('2026-12-07', 'gregorian'));
    expect(parseDateInput('7 12 2026')).toEqual(ok('2026-12-07', 'gregorian'));
    expect(parseDateInput('2026/12/7 م')).toEqual(ok('2026-12-07', 'gregorian'));
  });

  it('reads a year under 1600, or a Hijri mark, as an Umm al-Qura date', () => {
    expect(parseDateInput('1448-06-15')).toEqual(ok(gregorianOfHijri('1448-06-15')!, 'hijri'));
    expect(parseDateInput('15/6/1448 هـ')).toEqual(parseDateInput('1448-06-15'));
    expect(parseDateInput('15/6/1448 AH')).toEqual(parseDateInput('1448-06-15'));
    expect(parseDateInput('15/6/1448')).toEqual(parseDateInput('1448-06-15'));
    // The policy's second approval: 1 Muharram 1447 is 26 June 2025.
    expect(parseDateInput('1/1/1447 ه')).toEqual(ok('2025-06-26', 'hijri'));
  });

  it('takes Arabic-Indic and Persian digits and ignores direction marks', () => {
    expect(normalizeDigits('١٥/٦/١٤٤٨')).toBe('15/6/1448');
    expect(parseDateInput('١٥/٦/١٤٤٨ هـ')).toEqual(parseDateInput('1448-06-15'));
    expect(parseDateInput('۲۰۲۶-۱۲-۰۷')).toEqual(ok('2026-12-07', 'gregorian'));
    expect(parseDateInput('\u200f7/12/2026\u200e')).toEqual(ok('2026-12-07', 'gregorian'));
  });

  it('says what is wrong with a text that is not a day, and empty is no date', () => {
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('   ')).toBeNull();
    expect(parseDateInput('tomorrow')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateInput('7/12/26')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateInput('2026-12')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateInput('31/2/2026')).toMatchObject({ ok: false, problem: 'noSuchDay' });
    expect(parseDateInput('2026-13-01')).toMatchObject({ ok: false, problem: 'noSuchDay' });
    // Jumada II 1448 has 29 days; there is no 30th.
    expect(gregorianOfHijri('1448-06-30')).toBeNull();
    expect(parseDateInput('30/6/1448')).toMatchObject({ ok: false, problem: 'noSuchDay' });
    expect(parseDateInput('1/1/1200')).toMatchObject({ ok: false, problem: 'range' });
    expect(parseDateInput('1/1/2300')).toMatchObject({ ok: false, problem: 'range' });
    expect(parseDateInput('1/1/2026 هـ')).toMatchObject({ ok: false, problem: 'range' });
  });

  it('accepts exactly the years the Umm al-Qura table covers', () => {
    expect(DATE_RANGE.from).toBe('1882-11-12');
    expect(parseDateInput('1/1/1300')).toEqual(ok('1882-11-12', 'hijri'));
    expect(parseDateInput('11/11/1882')).toMatchObject({ ok: false, problem: 'range' });
    expect(parseDateInput(DATE_RANGE.to)).toEqual(ok(DATE_RANGE.to, 'gregorian'));
    expect(hijriOfGregorian(DATE_RANGE.to)?.slice(0, 4)).toBe('1599');
    expect(hijriOfGregorian(addDays(DATE_RANGE.to, 1))).toMatch(/^1600-01-01$/);
  });

  it('shows the day in the locale order, and the other calendar spelled out', () => {
    expect(formatDateInput('2026-12-07', 'gregorian', 'ar')).toBe('07/12/2026');
    expect(formatDateInput('2026-12-07', 'hijri', 'ar')).toBe('27/06/1448 هـ');
    expect(formatDateInput('2026-12-07', 'hijri', 'en')).toBe('27/06/1448 AH');
    expect(formatDateInput('not a day', 'gregorian', 'en')).toBe('');
    expect(visible(otherCalendarText('2026-12-07', 'gregorian', 'ar'))).toBe(
      '27 جمادى الآخرة 1448 هـ',
    );
    expect(visible(otherCalendarText('2026-12-07', 'hijri', 'en'))).toBe('7 December 2026');
    // What the field shows reads back as the same day.
    for (const calendar of ['gregorian', 'hijri'] as const) {
      for (const locale of ['ar', 'en'] as const) {
        const text = formatDateInput('2025-06-26', calendar, locale);
        expect(parseDateInput(text)).toEqual(ok('2025-06-26', calendar));
      }
    }
  });
});

describe('Umm al-Qura and back, exactly (the search through Intl)', () => {
  it('round-trips every day of 1350, 1420, 1446–1449 and 1599 AH, month boundaries included', () => {
    for (const year of [1350, 1420, 1446, 1447, 1448, 1449, 1599]) {
      let day = gregorianOfHijri(`${year}-01-01`)!;
      const next = gregorianOfHijri(`${year + 1 > 1599 ? 1599 : year + 1}-01-01`)!;
      let count = 0;
      while (year === 1599 ? hijriOfGregorian(day)!.startsWith('1599') : day < next) {
        const hijri = hijriOfGregorian(day)!;
        expect(gregorianOfHijri(hijri)).toBe(day);
        expect(parseDateInput(hijri)).toEqual(ok(day, 'hijri'));
        // The day before a 1st is the last day of the month before.
        if (hijri.endsWith('-01') && count > 0) {
          const before = hijriOfGregorian(addDays(day, -1))!;
          expect(['29', '30']).toContain(before.slice(8));
        }
        day = addDays(day, 1);
        count++;
      }
      expect(count === 354 || count === 355).toBe(true);
    }
  });
});

describe('the calendar picker months', () => {
  it('lists a Gregorian and a Hijri month as their Gregorian days', () => {
    const december = monthDays({ calendar: 'gregorian', year: 2026, month: 12 });
    expect(december).toHaveLength(31);
    expect(december[0]).toBe('2026-12-01');
    const ramadan = monthDays({ calendar: 'hijri', year: 1446, month: 9 });
    expect([ramadan[0], ramadan.at(-1), ramadan.length]).toEqual(['2025-03-01', '2025-03-29', 29]);
  });

  it('moves between months across the year end in both calendars', () => {
    expect(shiftMonth({ calendar: 'hijri', year: 1447, month: 12 }, 1)).toEqual({
      calendar: 'hijri',
      year: 1448,
      month: 1,
    });
    expect(shiftMonth({ calendar: 'gregorian', year: 2026, month: 1 }, -1)).toMatchObject({
      year: 2025,
      month: 12,
    });
    expect(monthOf('2025-06-26', 'hijri')).toEqual({ calendar: 'hijri', year: 1447, month: 1 });
    // 31 January → the last day of February.
    expect(shiftDayByMonths('2026-01-31', 'gregorian', 1)).toBe('2026-02-28');
    // 30 Muharram 1447 (25 July 2025) → 29 Safar 1447 (Safar has 29 days).
    expect(hijriOfGregorian(shiftDayByMonths('2025-07-25', 'hijri', 1))).toBe('1447-02-29');
  });

  it('lays the month out in weeks from Sunday with both day numbers', () => {
    const weeks = monthWeeks({ calendar: 'gregorian', year: 2026, month: 12 });
    // 1 December 2026 is a Tuesday: two empty cells first.
    expect(weeks[0]!.slice(0, 3).map((c) => c?.day ?? null)).toEqual([null, null, 1]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[1]![1]).toEqual({ iso: '2026-12-07', day: 7, otherDay: 27 });
    expect(monthTitle({ calendar: 'hijri', year: 1448, month: 6 }, 'en')).toMatch(/1448 AH/);
    expect(monthTitle({ calendar: 'gregorian', year: 2026, month: 12 }, 'ar')).toBe('ديسمبر 2026');
  });
});
