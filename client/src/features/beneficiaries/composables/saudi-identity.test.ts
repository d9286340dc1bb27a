import { describe, expect, it } from 'vitest';
import { looksLikeSaudiMobile, nationalIdHint, registrationPrefill } from './saudi-identity';

describe('national ID and mobile hints (the server decides; these only warn while typing)', () => {
  it('accepts a valid ID, in Latin or Arabic-Indic digits', () => {
    expect(nationalIdHint('1087654321')).toBeNull();
    expect(nationalIdHint('١٠٨٧٦٥٤٣٢١')).toBeNull();
  });

  it('names what is wrong: length, first digit, check digit', () => {
    expect(nationalIdHint('108765432')).toBe('length');
    expect(nationalIdHint('3087654321')).toBe('start');
    expect(nationalIdHint('1087654322')).toBe('checkDigit');
  });

  it('recognises the usual forms of a Saudi mobile', () => {
    for (const m of ['0551234567', '551234567', '+966551234567', '00966 55 123 4567']) {
      expect(looksLikeSaudiMobile(m), m).toBe(true);
    }
    expect(looksLikeSaudiMobile('0451234567')).toBe(false);
  });

  it('starts a registration with what the search that found nobody said', () => {
    expect(registrationPrefill(' 1087654321 ')).toEqual({ nationalId: '1087654321' });
    expect(registrationPrefill('١٠٨٧٦٥٤٣٢١')).toEqual({ nationalId: '1087654321' });
    expect(registrationPrefill('108-765-4321')).toEqual({ nationalId: '1087654321' });
    expect(registrationPrefill('0551234567')).toEqual({ mobile: '0551234567' });
    expect(registrationPrefill('فاطمة   أحمد')).toEqual({ fullName: 'فاطمة أحمد' });
    expect(registrationPrefill('Fatimah Ahmed')).toEqual({ fullName: 'Fatimah Ahmed' });
    // Part of a number, or letters with digits: nothing to fill.
    for (const s of ['10876', 'فاطمة 12', '', null])
      expect(registrationPrefill(s), String(s)).toEqual({});
  });
});
