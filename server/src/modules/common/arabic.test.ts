import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic, searchTerms, stemArabic, stemEnglish } from './arabic.js';

describe('Arabic folding for search', () => {
  it('drops diacritics and tatweel', () => {
    expect(foldArabic('مُحَمَّد')).toBe('محمد');
    expect(foldArabic('عبـــدالله')).toBe('عبدالله');
  });
  it('unifies alef forms, alef maqsura, ta marbuta, hamza seats', () => {
    expect(foldArabic('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله');
    expect(foldArabic('مصطفى')).toBe('مصطفي');
    expect(foldArabic('فاطمة')).toBe('فاطمه');
    expect(foldArabic('مؤمن هيئة')).toBe('مومن هييه');
  });
  it('turns Arabic-Indic digits into ASCII and folds spaces and Latin case', () => {
    expect(foldArabic('  ١٢٣  Ali ')).toBe('123 ali');
    expect(asciiDigits('٠٥٥١٢٣٤٥٦٧')).toBe('0551234567');
  });
});

describe('light stemming for search', () => {
  it('strips the article and its prefixed forms, or a lone و, in the manner of Lucene', () => {
    for (const word of [
      'البحث',
      'بالبحث',
      'كالبحث',
      'فالبحث',
      'والبحث',
      'للبحث',
      'وللبحث',
      'بحث',
    ]) {
      expect(stemArabic(foldArabic(word)), word).toBe('بحث');
    }
    expect(stemArabic('وثيقه')).toBe('ثيق');
    expect(stemArabic('ولد')).toBe('ولد');
  });
  it('strips the common suffixes while at least three letters stay', () => {
    expect(stemArabic(foldArabic('المستفيدين'))).toBe('مستفيد');
    expect(stemArabic(foldArabic('المستفيدون'))).toBe('مستفيد');
    expect(stemArabic(foldArabic('الاجتماعية'))).toBe('اجتماع');
    expect(stemArabic(foldArabic('الاجتماعي'))).toBe('اجتماع');
    expect(stemArabic(foldArabic('خدمات'))).toBe('خدم');
    expect(stemArabic(foldArabic('بيان'))).toBe('بيان');
  });
  it('stems English plurals and verb endings, and leaves other scripts alone', () => {
    expect(stemEnglish('bylaws')).toBe('bylaw');
    expect(stemEnglish('policies')).toBe('policy');
    expect(stemEnglish('visiting')).toBe('visit');
    expect(stemEnglish('status')).toBe('status');
    expect(stemArabic('abc')).toBe('abc');
  });
  it('gives the same terms for a word however it is written, and drops stop words', () => {
    expect(searchTerms('اللَّائِحَةُ الأَسَاسِيَّةُ')).toEqual(searchTerms('اللائحه الاساسيه'));
    expect(searchTerms('في الجمعية على')).toEqual(['جمع']);
    expect(searchTerms('The Bylaws of ١٤٤٦')).toEqual(['bylaw', '1446']);
  });
});
