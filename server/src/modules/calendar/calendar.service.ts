import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, systemActor, type Actor } from '../audit/audit.service.js';
import { notFound } from '../common/errors.js';
import { parseIsoDate } from '../common/hijri.js';
import { text } from '../common/localized-text.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { Role } from '../common/role.js';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';
import { holidayEstimates, seedYears } from './holiday-estimates.js';
import { Holiday } from './holiday.entity.js';
import { WorkingCalendar } from './working-days.js';

/** Who keeps the calendar: admins and managers (the association's administration). */
export const CALENDAR_KEEPERS: readonly Role[] = [Role.ADMIN, Role.MANAGER];

/** A holiday is a run of at most this many days (the longest official one is four). */
export const MAX_HOLIDAY_DAYS = 30;
const NAME_MAX = 100;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const calendars = new WeakMap<EntityManager, Promise<WorkingCalendar>>();

/**
 * The working calendar as the database holds it now, read once per entity manager (a request,
 * or an action's transaction): one small select of the holidays in force.
 */
export function workingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  let calendar = calendars.get(em);
  if (!calendar) {
    calendar = em
      .find(Holiday, { removedAt: null }, { fields: ['startDate', 'endDate'] })
      .then((rows) => new WorkingCalendar(rows));
    calendars.set(em, calendar);
  }
  return calendar;
}

/** The holidays in force that touch a Gregorian year, first first. */
export const holidaysOfYear = (em: EntityManager, year: number) =>
  em.find(
    Holiday,
    { removedAt: null, startDate: { $lte: `${year}-12-31` }, endDate: { $gte: `${year}-01-01` } },
    { orderBy: { startDate: 'asc', id: 'asc' } },
  );

/**
 * Pre-fills Founding Day, National Day and both Eids for the years around now (see
 * holiday-estimates.ts). Idempotent: a holiday whose seed key exists (removed ones included)
 * is left as it is, so a restart adds nothing and undoes no one's confirmation or removal.
 */
export async function loadHolidaySeed(em: EntityManager, now = new Date()): Promise<number> {
  const [first, last] = seedYears(now);
  const wanted = holidayEstimates(first, last);
  return em.transactional(async (tx) => {
    const existing = await tx.find(
      Holiday,
      { seedKey: { $in: wanted.map((w) => w.seedKey) } },
      { fields: ['seedKey'] },
    );
    const have = new Set(existing.map((h) => h.seedKey));
    const added = wanted.filter((w) => !have.has(w.seedKey));
    for (const w of added) tx.create(Holiday, { ...w, name: text(w.name), removedAt: null });
    if (added.length) {
      recordAudit(tx, systemActor('seed'), {
        action: 'holiday.prefill',
        targetType: 'Holiday',
        after: { added: added.map((a) => a.seedKey) },
      });
    }
    return added.length;
  });
}

export interface HolidayFields {
  startDate?: string | null;
  endDate?: string | null;
  nameAr?: string | null;
  nameEn?: string | null;
  kind?: HolidayKind | null;
  status?: HolidayStatus | null;
}

export type HolidayResult = Result<{ holiday: Holiday }>;

const dayOf = (value: string, field: string): string => {
  const date = parseIsoDate(value.trim());
  if (!date) return reject('INVALID_DATE', 'Not a date (YYYY-MM-DD).', field);
  const year = date.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    reject('INVALID_DATE', `A holiday falls between ${FIRST_YEAR} and ${LAST_YEAR}.`, field);
  }
  return value.trim();
};

const nameOf = (value: string, field: string): string => {
  const name = value.trim();
  if (!name) reject('REQUIRED', 'Give the holiday its name.', field);
  if (name.length > NAME_MAX)
    reject('TOO_LONG', `A name holds at most ${NAME_MAX} characters.`, field);
  return name;
};

/** Checks a holiday's days: a real run of 1 to 30 days overlapping no other holiday in force. */
async function checkDays(
  tx: EntityManager,
  h: Pick<Holiday, 'startDate' | 'endDate'> & { id?: number },
): Promise<void> {
  const span = (Date.parse(h.endDate) - Date.parse(h.startDate)) / 86_400_000 + 1;
  if (span < 1) reject('END_BEFORE_START', 'The last day comes before the first.', 'endDate');
  if (span > MAX_HOLIDAY_DAYS) {
    reject('TOO_LONG', `A holiday lasts at most ${MAX_HOLIDAY_DAYS} days.`, 'endDate');
  }
  const other = await tx.findOne(Holiday, {
    removedAt: null,
    id: { $ne: h.id ?? 0 },
    startDate: { $lte: h.endDate },
    endDate: { $gte: h.startDate },
  });
  if (other) {
    reject(
      'HOLIDAY_OVERLAP',
      `These days overlap another holiday (${other.name.en}, ${other.startDate}).`,
      'startDate',
    );
  }
}

const snapshot = (h: Holiday) => ({
  startDate: h.startDate,
  endDate: h.endDate,
  name: { ar: h.name.ar, en: h.name.en },
  kind: h.kind,
  status: h.status,
});

/** Adds a holiday by hand (CONFIRMED unless said otherwise). */
export const addHoliday = (
  em: EntityManager,
  actor: Actor,
  input: HolidayFields & { startDate: string; nameAr: string; nameEn: string; kind: HolidayKind },
): Promise<HolidayResult> =>
  inTransaction(em, async (tx) => {
    const startDate = dayOf(input.startDate, 'startDate');
    const endDate = input.endDate ? dayOf(input.endDate, 'endDate') : startDate;
    const name = text({ ar: nameOf(input.nameAr, 'nameAr'), en: nameOf(input.nameEn, 'nameEn') });
    // Checked before the row exists (a query flushes what the transaction holds).
    await checkDays(tx, { startDate, endDate });
    const holiday = tx.create(Holiday, {
      startDate,
      endDate,
      name,
      kind: input.kind,
      status: input.status ?? HolidayStatus.CONFIRMED,
      seedKey: null,
      removedAt: null,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'holiday.add',
      targetType: 'Holiday',
      targetId: holiday.id,
      after: snapshot(holiday),
    });
    return { holiday };
  });

async function inForce(tx: EntityManager, id: number): Promise<Holiday> {
  const holiday = await tx.findOne(Holiday, { id, removedAt: null });
  if (!holiday) throw notFound('The holiday');
  return holiday;
}

/** Corrects a holiday (the fields given); setting CONFIRMED confirms it. */
export const updateHoliday = (
  em: EntityManager,
  actor: Actor,
  id: number,
  input: HolidayFields,
): Promise<HolidayResult> =>
  inTransaction(em, async (tx) => {
    const holiday = await inForce(tx, id);
    const before = snapshot(holiday);
    if (input.startDate != null) holiday.startDate = dayOf(input.startDate, 'startDate');
    if (input.endDate != null) holiday.endDate = dayOf(input.endDate, 'endDate');
    const ar = input.nameAr != null ? nameOf(input.nameAr, 'nameAr') : holiday.name.ar;
    const en = input.nameEn != null ? nameOf(input.nameEn, 'nameEn') : holiday.name.en;
    if (ar !== holiday.name.ar || en !== holiday.name.en) holiday.name = text({ ar, en });
    if (input.kind != null) holiday.kind = input.kind;
    if (input.status != null) holiday.status = input.status;
    await checkDays(tx, holiday);
    recordAudit(tx, actor, {
      action:
        input.status === HolidayStatus.CONFIRMED && before.status !== holiday.status
          ? 'holiday.confirm'
          : 'holiday.update',
      targetType: 'Holiday',
      targetId: holiday.id,
      before,
      after: snapshot(holiday),
    });
    return { holiday };
  });

/** Removes a holiday: its days count again (the row stays, so the pre-fill leaves it removed). */
export const removeHoliday = (
  em: EntityManager,
  actor: Actor,
  id: number,
): Promise<HolidayResult> =>
  inTransaction(em, async (tx) => {
    const holiday = await inForce(tx, id);
    holiday.removedAt = new Date();
    recordAudit(tx, actor, {
      action: 'holiday.remove',
      targetType: 'Holiday',
      targetId: holiday.id,
      before: snapshot(holiday),
    });
    return { holiday };
  });
