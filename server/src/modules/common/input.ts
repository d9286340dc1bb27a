import { badInput } from './errors.js';

/** An `ID` argument as a row id, or BAD_USER_INPUT naming the field. */
export function parseId(id: string | null | undefined, field = 'id'): number {
  if (!id || !/^\d{1,12}$/.test(id)) throw badInput('Not a valid id.', field);
  return Number(id);
}

/** User text for a LIKE pattern: LIKE's own wildcards and escape removed. */
export const likeSafe = (term: string): string => term.replace(/[%_\\]/g, '');
