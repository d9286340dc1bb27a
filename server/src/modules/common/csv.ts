/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so Excel shows Arabic),
 * CRLF line ends, RFC 4180 quoting, and text that a spreadsheet would run as a formula
 * (= + - @ at the start) prefixed with an apostrophe.
 */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly CsvValue[]): string => `${values.map(cell).join(',')}\r\n`;
