import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.js';

describe('CSV lines', () => {
  it('quotes commas, quotes and line breaks, and keeps Arabic as it is', () => {
    expect(csvLine(['هاتف', 'a,b', 'say "hi"', 'two\nlines', 3.5, null, true])).toBe(
      'هاتف,"a,b","say ""hi""","two\nlines",3.5,,true\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`,
    );
    expect(csvLine([-2])).toBe('-2\r\n');
  });
});
