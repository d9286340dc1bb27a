import { describe, expect, it } from 'vitest';
import { sideOfDiff, wordDiff } from './word-diff';

const changed = (parts: ReturnType<typeof wordDiff>, change: 'added' | 'removed') =>
  parts.filter((p) => p.change === change).map((p) => p.text.trim());

describe('wordDiff: the words of a policy text that changed between two versions', () => {
  it('marks whole Arabic words, never letters inside a word', () => {
    const older = 'يستقبل الموظف المستفيد بلباقة واحترام ويجيب عن جميع الاستفسارات.';
    const newer = 'يستقبل الموظف المستفيد بلباقة ويجيب عن جميع استفساراته، ويعطيه المراجع اللازمة.';
    const parts = wordDiff(older, newer, 'ar');
    expect(changed(parts, 'removed')).toEqual(['واحترام', 'الاستفسارات']);
    expect(changed(parts, 'added')).toEqual(['استفساراته، ويعطيه المراجع اللازمة']);
    // "و" + "احترام" or "ا" + "لا" + "ستفسارات" would be letters of a word marked on their own.
    for (const p of parts.filter((part) => part.change !== 'same')) {
      for (const word of p.text.trim().split(/\s+/)) {
        expect(older.split(/[\s.،]+/).concat(newer.split(/[\s.،]+/))).toContain(
          word.replace(/[.،]$/, ''),
        );
      }
    }
  });

  it('marks English words', () => {
    const parts = wordDiff(
      'Receive the beneficiary with courtesy.',
      'Receive every beneficiary with courtesy and respect.',
      'en',
    );
    expect(changed(parts, 'removed')).toEqual(['the']);
    expect(changed(parts, 'added')).toEqual(['every', 'and respect']);
  });

  it('gives each side its own text back: the older with its removed words, the newer with its added ones', () => {
    const older = 'تُحال المعاملة إلى الباحث خلال يومين';
    const newer = 'تُحال المعاملة إلى الباحث الاجتماعي خلال ثلاثة أيام';
    const parts = wordDiff(older, newer, 'ar');
    expect(
      sideOfDiff(parts, 'older')
        .map((p) => p.text)
        .join(''),
    ).toBe(older);
    expect(
      sideOfDiff(parts, 'newer')
        .map((p) => p.text)
        .join(''),
    ).toBe(newer);
    expect(sideOfDiff(parts, 'older').some((p) => p.change === 'added')).toBe(false);
    expect(sideOfDiff(parts, 'newer').some((p) => p.change === 'removed')).toBe(false);
  });

  it('finds nothing changed in the same text', () => {
    expect(wordDiff('نص واحد', 'نص واحد', 'ar').every((p) => p.change === 'same')).toBe(true);
  });
});
