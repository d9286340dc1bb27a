import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.js';

/**
 * Splits one CSV line the way a spreadsheet does, honouring a quote only at the start of a
 * field, with the reader's separator (`,` in English locales, `;` where the comma is the
 * decimal mark, or a tab).
 */
function spreadsheetCells(line: string, separator: ',' | ';' | '\t'): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  const body = line.replace(/\r\n$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') quoted = true;
    else if (ch === separator) {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

/** A cell a spreadsheet may run as a formula (leading spaces ignored, to be strict). */
const isFormula = (c: string) => /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(c);

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

  // [cell, exact output, why]
  const cases: [string, string, string][] = [
    ['plain', 'plain', 'plain text as it is'],
    ['عبدالعزيز', 'عبدالعزيز', 'Arabic as it is'],
    ['=1+1', `'=1+1`, 'leading ='],
    ['+966500000000', `'+966500000000`, 'leading +'],
    ['-1', `'-1`, 'leading - in text'],
    ['@cmd', `'@cmd`, 'leading @'],
    ['\t=1+1', `"'\t'=1+1"`, 'leading tab, then a formula for a tab reader'],
    ['\t1', `"'\t1"`, 'leading tab before plain text'],
    ['\r=1+1', `"'\r=1+1"`, 'leading CR'],
    ['\n=1+1', `"'\n=1+1"`, 'leading LF'],
    ['\uFF1D1+1', `'\uFF1D1+1`, 'full-width ='],
    ['a;=1+1', `"a;'=1+1"`, 'semicolon then a formula: quoted, and defused for a ; reader'],
    ['a,=1+1', `"a,=1+1"`, 'comma then a formula: one quoted cell'],
    ['a;+1', `"a;'+1"`, 'semicolon then +'],
    ['x;@SUM(A1)', `"x;'@SUM(A1)"`, 'semicolon then @'],
    ['a; =1', `"a;' =1"`, 'semicolon, space, formula'],
    ['a;"=1"', `"a;'""=1"""`, 'semicolon, quote, formula'],
    ['a;\uFF1D1', `"a;'\uFF1D1"`, 'semicolon then full-width ='],
    ['a; b', `"a; b"`, 'any semicolon is quoted'],
    ['=a;=b', `"'=a;'=b"`, 'leading formula and one after a semicolon'],
    ['say "=1"', `"say ""=1"""`, 'quotes doubled'],
    ['a\tb', `"a\tb"`, 'inner tab quoted'],
    ['a\t=b', `"a\t'=b"`, 'inner tab then a formula'],
    ['1;2,3', `"1;2,3"`, 'both separators'],
    ['٠٥٩;٨٣٠', `"٠٥٩;٨٣٠"`, 'Arabic-Indic digits with a semicolon'],
  ];

  it.each(cases)('%j is written %j (%s)', (input, expected) => {
    expect(csvLine([input, 'next'])).toBe(`${expected},next\r\n`);
  });

  it.each(cases)('%j gives no formula cell whatever the reader splits on', (input) => {
    const line = csvLine(['id', input, 'end']);
    for (const separator of [',', ';', '\t'] as const) {
      const cells = spreadsheetCells(line, separator);
      // With `,` the cells are exactly the three written; with `;` or a tab the line was not
      // written for that reader, but whatever it splits into, no cell starts a formula.
      if (separator === ',') expect(cells).toHaveLength(3);
      for (const c of cells) {
        expect(isFormula(c), `${JSON.stringify(c)} split on ${JSON.stringify(separator)}`).toBe(
          false,
        );
      }
    }
  });
});
