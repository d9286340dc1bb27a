import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import { hijriOf } from '../common/hijri.js';
import { periodKeys } from '../common/periods.js';

/**
 * One row per calendar day with the keys statistics group by: ISO week (its Monday), month and
 * Umm al-Qura month. SQL has no Hijri calendar, so a date column is joined here by its Riyadh
 * day instead of computing the keys per row.
 */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  /** YYYY-MM-DD */
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  /** Monday of its ISO week, YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  week!: string;

  /** YYYY-MM */
  @Property({ type: 'string', length: 7 })
  month!: string;

  /** Umm al-Qura YYYY-MM. */
  @Property({ type: 'string', length: 7 })
  hijriMonth!: string;
}

/** The days the calendar covers: wide enough for any record this system will hold. */
export const CALENDAR_FIRST = '2015-01-01';
export const CALENDAR_LAST = '2045-12-31';

/** Fills the calendar once (about 11,000 rows); later starts find it complete and do nothing. */
export async function ensureCalendar(em: EntityManager): Promise<void> {
  const conn = em.getConnection();
  const [row] = (await conn.execute(
    'select count(*) as n, min(day) as first, max(day) as last from calendar_day',
  )) as { n: unknown; first: string | null; last: string | null }[];
  if (Number(row?.n) > 0 && row?.first === CALENDAR_FIRST && row?.last === CALENDAR_LAST) return;
  const rows: string[][] = [];
  for (
    let t = Date.parse(`${CALENDAR_FIRST}T12:00:00Z`);
    t <= Date.parse(`${CALENDAR_LAST}T12:00:00Z`);
    t += 86_400_000
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    const keys = periodKeys(new Date(Date.parse(`${day}T00:00:00+03:00`)));
    rows.push([day, keys.week, keys.month, hijriOf(day)!.slice(0, 7)]);
  }
  await em.transactional(async (tx) => {
    const c = tx.getConnection();
    const trx = tx.getTransactionContext();
    await c.execute('delete from calendar_day', [], 'run', trx);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await c.execute(
        `insert into calendar_day (day, week, month, hijri_month) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
        'run',
        trx,
      );
    }
  });
}
