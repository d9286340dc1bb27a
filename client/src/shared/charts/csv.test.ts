import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv';

describe('CSV export: the table behind a chart opens correctly in Excel, Arabic included', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = toCsv(['القناة', 'CSAT (%)'], [['الهاتف', 57.1]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFالقناة,CSAT (%)\r\nالهاتف,57.1\r\n');
    // Encoded as UTF-8, the BOM is the three bytes Excel looks for.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields holding a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    const csv = toCsv(['a', 'b', 'c'], [['خدمة، ممتازة, وسريعة', 'قال "شكرًا"', 'سطر\nثانٍ']]);
    expect(csv.split('\r\n')[1]).toBe('"خدمة، ممتازة, وسريعة","قال ""شكرًا""","سطر\nثانٍ"');
  });

  it('writes empty cells for missing figures and keeps numbers raw', () => {
    expect(toCsv(['x', 'y', 'z'], [[null, undefined, -14.3]])).toBe('\uFEFFx,y,z\r\n,,-14.3\r\n');
  });

  it('never lets a spreadsheet run a text cell as a formula', () => {
    expect(
      toCsv(['c'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)']])
        .split('\r\n')
        .slice(1, 4),
    ).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'@SUM(A1)"]);
  });

  it('names the file from the chart title and period, Arabic letters kept', () => {
    expect(csvFileName('حسب قناة التواصل', '2026-05-01_2026-05-18')).toBe(
      'حسب-قناة-التواصل-2026-05-01-2026-05-18.csv',
    );
    expect(csvFileName('', '')).toBe('table.csv');
  });
});
