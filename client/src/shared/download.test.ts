import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('the name of a downloaded file', () => {
  it('takes the name the server gives, the UTF-8 form first', () => {
    expect(
      fileNameFromDisposition('attachment; filename="transactions-2026-11-27.csv"', 'x.csv'),
    ).toBe('transactions-2026-11-27.csv');
    expect(
      fileNameFromDisposition(
        `attachment; filename="a.csv"; filename*=UTF-8''%D9%85%D8%B9%D8%A7%D9%85%D9%84%D8%A7%D8%AA.csv`,
        'x.csv',
      ),
    ).toBe('معاملات.csv');
  });

  it('never lets a name climb out of the downloads folder, and falls back when there is none', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe(
      'passwd',
    );
    expect(fileNameFromDisposition(null, 'x.csv')).toBe('x.csv');
    expect(fileNameFromDisposition('attachment', 'x.csv')).toBe('x.csv');
  });
});
