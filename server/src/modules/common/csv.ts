/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so Excel shows Arabic),
 * CRLF line ends, RFC 4180 quoting, and text that a spreadsheet would run as a formula
 * (= + - @, their full-width forms, or a tab or line break at the start) prefixed with an
 * apostrophe.
 *
 * A cell holding a separator of any locale (`,` or `;`), a quote, a tab or a line break is
 * always quoted. Quotes alone do not protect a reader whose separator is `;` (Excel where the
 * comma is the decimal mark): for it a comma-separated line is one field until the first `;`,
 * and a `"` in the middle of a field is plain text, so `x,"a;=1+1"` would give it the cell
 * `=1+1"`. So a `;` or tab inside a cell that is followed by a formula character (after spaces
 * or quotes) gets the same apostrophe: `a;=1+1` is written `"a;'=1+1"`, one text cell for a
 * comma reader and no formula for a semicolon or tab reader.
 */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** What a spreadsheet may read as the start of a formula (OWASP's list, plus full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A `;` or tab inside a cell where a `;`- or tab-separated reader would start a formula. */
const INNER_FORMULA = /([;\t])(?=[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;
/** What makes a cell need quotes: either locale's separator, a quote, a tab or a line break. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

function cell(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const defused = value.replace(INNER_FORMULA, "$1'");
  const text = FORMULA_START.test(defused) ? `'${defused}` : defused;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly CsvValue[]): string => `${values.map(cell).join(',')}\r\n`;
