import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic } from '../common/arabic.js';
import { CORPUS } from './redact.corpus.js';
import { MASK, redactPersonalData } from './redact.js';

const digitsOf = (s: string) => asciiDigits(s).replace(/\D/g, '');
const wordsOf = (s: string) =>
  new Set(
    foldArabic(s)
      .split(/[^\p{L}\p{M}]+/u)
      .filter(Boolean),
  );

describe('redacting personal data from comments', () => {
  it('masks mobiles, national IDs (any digits), e-mails and the beneficiary’s names', () => {
    expect(
      redactPersonalData(
        'أنا أحمد الغامدي رقمي 0551234567 وهويتي ١٠٢٣٤٥٦٧٨٩ وبريدي a.b@example.com — الموظف كان لطيفاً',
        ['احمد بن علي الغامدي'],
      ),
    ).toBe('أنا […] […] رقمي […] وهويتي […] وبريدي […] — الموظف كان لطيفاً');
  });

  it('keeps short numbers, ordinary words and prefixed forms of other words', () => {
    expect(redactPersonalData('انتظرت 3 أيام في الفرع 12', ['سعد القحطاني'])).toBe(
      'انتظرت 3 أيام في الفرع 12',
    );
    expect(redactPersonalData('شكراً لسعد على المساعدة', ['سعد القحطاني'])).toBe(
      'شكراً […] على المساعدة',
    );
  });

  it('has a corpus of at least 40 comments, Arabic, English and mixed', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const latin = CORPUS.filter((r) => /[A-Za-z]/.test(r.comment)).length;
    const arabic = CORPUS.filter((r) => /[\u0600-\u06FF]/.test(r.comment)).length;
    expect(latin).toBeGreaterThanOrEqual(10);
    expect(arabic).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS.map((row, i) => [i + 1, row.comment, row] as const))(
    'corpus %i: %s',
    (_i, _comment, row) => {
      const out = redactPersonalData(row.comment, [row.name]);
      for (const item of row.mask) {
        if (digitsOf(item).length >= 5) {
          expect(digitsOf(out), `${item} in ${out}`).not.toContain(digitsOf(item));
        } else if (/^[\p{L}\p{M}]+$/u.test(item)) {
          expect(wordsOf(out).has(foldArabic(item)), `${item} in ${out}`).toBe(false);
          if (item.length >= 5) expect(foldArabic(out)).not.toContain(foldArabic(item));
        } else {
          expect(out, `${item} in ${out}`).not.toContain(item);
        }
      }
      for (const item of row.keep) expect(out, `${item} lost from ${out}`).toContain(item);
      if (row.mask.length) expect(out).toContain(MASK);
      else expect(out).toBe(row.comment);
    },
  );

  it('does not mask the name of God in a compound name’s place, nor words that merely contain a name', () => {
    expect(redactPersonalData('الحمد لله، جزاكم الله خير', ['عبدالله الغامدي'])).toBe(
      'الحمد لله، جزاكم الله خير',
    );
    expect(redactPersonalData('موظف كريم ومتعاون', ['ريم الدوسري'])).toBe('موظف كريم ومتعاون');
  });

  it('masks every name part and number of a comment written in Persian digits and Latin script at once', () => {
    expect(
      redactPersonalData('Sultan Almutairi ۰۵۹۸۳۰۷۶۵۵ sultan@x.sa', ['سلطان فهد المطيري']),
    ).toBe('[…] […] […] […]');
  });
});
