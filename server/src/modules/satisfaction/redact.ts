import { foldArabic } from '../common/arabic.js';

/**
 * Masks what could identify a person in free text: runs of 5 or more digits (national IDs,
 * mobiles, in Arabic-Indic digits too), e-mail addresses, and the words of the given names
 * (compared with Arabic letter forms folded). Used for what analysts read.
 */
export function redactPersonalData(input: string, names: string[] = []): string {
  const nameWords = new Set(
    names
      .flatMap((n) => foldArabic(n).split(' '))
      .filter((w) => w.length >= 3 && !['بن', 'بنت', 'ابن', 'عبد'].includes(w)),
  );
  return input
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[…]')
    .replace(
      /[+]?[\d\u0660-\u0669\u06F0-\u06F9][\d\u0660-\u0669\u06F0-\u06F9\s-]{3,}[\d\u0660-\u0669\u06F0-\u06F9]/g,
      (m) => (m.replace(/[\s-]/g, '').length >= 5 ? '[…]' : m),
    )
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const folded = foldArabic(word);
      const bare = folded.replace(/^(وال|بال|لل|ال|و|ب|ل)/, '');
      return nameWords.has(folded) || nameWords.has(bare) || nameWords.has(`ال${bare}`)
        ? '[…]'
        : word;
    });
}
