/** The periods the renewal list offers (days ahead); the server takes 1–180. */
export const WITHIN_CHOICES: readonly number[] = [7, 14, 30, 60, 90, 180];
export const DEFAULT_WITHIN = 30;

/** The period in the address (`?within=`), or the default when missing or not offered. */
export function withinOf(value: unknown): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return WITHIN_CHOICES.includes(n) ? n : DEFAULT_WITHIN;
}
