import { downloadBlob } from '@/shared/download';

/**
 * The table behind a chart as a CSV file that Excel opens correctly in Arabic: UTF-8 with a byte
 * order mark (without it Excel reads the bytes as the system's legacy code page), CRLF line ends,
 * and every field that holds a comma, quote or line break quoted with its quotes doubled (RFC 4180).
 * A field starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

function escapeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (with its BOM) of a header row and data rows. */
export function toCsv(header: readonly CsvCell[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every system: letters (Arabic included), digits, dash. */
export function csvFileName(...parts: string[]): string {
  const name = parts
    .join('-')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${name || 'table'}.csv`;
}

/** Offers the CSV to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
