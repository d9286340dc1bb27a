/**
 * Folds Arabic text for matching: drops diacritics (tashkeel), the superscript alef and tatweel;
 * unifies the alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي; Arabic-Indic and
 * Persian digits → ASCII; lower-cases Latin; collapses white space. The one function used
 * both when storing a searchable shadow column and when reading a query.
 */
export function foldArabic(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII digits only, from Arabic-Indic, Persian or ASCII input (other characters kept). */
export function asciiDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Article-like prefixes of the light stemmer, longest first (after folding). */
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل'];
/** Suffixes of the light stemmer, in Lucene's order (after folding: ة → ه, ى → ي). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** Shortest stem the stemmer leaves. */
const MIN_STEM = 3;

/**
 * A light Arabic stemmer in the manner of Lucene's ArabicStemmer, for one folded word:
 * strips one article (ال, وال, بال, كال, فال, لل — optionally after a conjunction و or ف) or
 * else a lone و, then the common suffixes (ها ان ات ون ين يه ه ي) while the stem keeps at least
 * three letters. Words that are not Arabic are returned unchanged.
 */
export function stemArabic(word: string): string {
  if (!/^[\u0621-\u064A]+$/.test(word)) return word;
  let w = word;
  // A conjunction before an article: والبحث is handled by ARTICLES; ولل / فلل / وبال / فبال here.
  if (/^[وف]/.test(w) && w.length >= 5 && ARTICLES.some((a) => w.slice(1).startsWith(a))) {
    w = w.slice(1);
  }
  const article = ARTICLES.find((a) => w.startsWith(a) && w.length - a.length >= 2);
  if (article) w = w.slice(article.length);
  else if (w.startsWith('و') && w.length >= 4) w = w.slice(1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
    }
  }
  return w;
}

/** A light English stemmer: plural and common verb endings (bylaws → bylaw, requests → request). */
export function stemEnglish(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  return w;
}

/** Words too common to help a search, folded (Arabic) or lower-cased (English). */
export const STOP_WORDS = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'او',
  'ان',
  'ما',
  'لا',
  'هذا',
  'هذه',
  'التي',
  'الذي',
  'ذلك',
  'كل',
  'و',
  'ثم',
  'قد',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'for',
  'by',
  'with',
  'is',
  'are',
  'be',
  'at',
  'as',
  'it',
  'its',
  'this',
  'that',
  'from',
]);

/** Words of a text: runs of letters (with their diacritics and tatweel) or digits. */
export const WORD_PATTERN = /[\p{L}\p{M}\u0640\p{Nd}]+/gu;

/** One word as the search index stores it: folded, stemmed; null for a stop word. */
export function searchTerm(word: string): string | null {
  const folded = foldArabic(word).replace(/[^\p{L}\p{Nd}]/gu, '');
  if (!folded || STOP_WORDS.has(folded)) return null;
  return stemEnglish(stemArabic(folded));
}

/**
 * Text as the search index stores it and a query is matched against it: every word folded
 * (foldArabic), stemmed (stemArabic / stemEnglish), stop words dropped, joined by spaces.
 * The same function serves indexing and querying, so both sides always agree.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const term = searchTerm(match[0]);
    if (term) terms.push(term);
  }
  return terms;
}
