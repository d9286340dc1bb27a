import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic } from './arabic.js';

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
