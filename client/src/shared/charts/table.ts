import type { RouteLocationRaw } from 'vue-router';
import { toCsv, type CsvCell } from './csv';

/** A column of a figures table (a chart's table, a table of figures without a chart). */
export interface TableColumn {
  key: string;
  label: string;
  /** How the value is shown (the CSV keeps the raw number). */
  format?: (value: CsvCell) => string;
  numeric?: boolean;
  /** Where the cell's figure leads (a filtered list), or null for no link. */
  link?: (row: Record<string, CsvCell>, index: number) => RouteLocationRaw | null;
}

/** A cell as the table shows it: its column's format, else the value ('—' when there is none). */
export function displayCell(column: TableColumn, value: CsvCell): string {
  if (column.format) return column.format(value);
  return value === null || value === undefined ? '—' : String(value);
}

/** The table as CSV: the labels, then each row's raw values in the columns' order. */
export function tableCsv(
  columns: readonly TableColumn[],
  rows: readonly Record<string, CsvCell>[],
) {
  return toCsv(
    columns.map((c) => c.label),
    rows.map((row) => columns.map((c) => row[c.key])),
  );
}
