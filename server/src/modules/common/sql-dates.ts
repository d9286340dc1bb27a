import type { DatabaseEngine } from '../../config.js';

/** Date arithmetic in each engine's own SQL, for aggregate statements written by hand. */

/** YYYY-MM-DD of a datetime column in Riyadh time. */
export function dayOf(engine: DatabaseEngine, column: string): string {
  return engine === 'sqlite'
    ? `strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch', '+3 hours')`
    : `to_char(${column} at time zone 'Asia/Riyadh', 'YYYY-MM-DD')`;
}

/** YYYY-MM of a datetime column in Riyadh time. */
export function monthOf(engine: DatabaseEngine, column: string): string {
  return engine === 'sqlite'
    ? `strftime('%Y-%m', ${column} / 1000, 'unixepoch', '+3 hours')`
    : `to_char(${column} at time zone 'Asia/Riyadh', 'YYYY-MM')`;
}

/** Milliseconds between two datetime expressions. */
export function msBetween(engine: DatabaseEngine, later: string, earlier: string): string {
  return engine === 'sqlite'
    ? `(${later} - ${earlier})`
    : `(extract(epoch from (${later} - ${earlier})) * 1000)`;
}

/** A Date as the engine stores it, for a statement parameter (SQLite: epoch milliseconds). */
export const storedDate = (engine: DatabaseEngine, d: Date) =>
  engine === 'sqlite' ? d.getTime() : d;

/** A datetime column's value as read back (SQLite: epoch milliseconds; PostgreSQL: a Date). */
export const readDate = (v: unknown): Date | null =>
  v == null ? null : new Date(v as string | number | Date);
