/** Turning SQL aggregates into reported figures, the same way in every report. */

/** An aggregate as a number (SUM over no rows is NULL; PostgreSQL returns bigints as strings). */
export const num = (v: unknown): number => (v == null ? 0 : Number(v));

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** A share in percent to one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null =>
  whole ? round((100 * part) / whole) : null;

/** Milliseconds as days to one decimal (null stays null). */
export const msToDays = (ms: unknown): number | null =>
  ms == null ? null : round(Number(ms) / 86_400_000);
