import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact.js';

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
});
