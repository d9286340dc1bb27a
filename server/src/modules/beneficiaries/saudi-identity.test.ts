import { describe, expect, it } from 'vitest';
import { nationalIdProblem, normalizeSaudiMobile, withCheckDigit } from './saudi-identity.js';

describe('Saudi national ID', () => {
  it('accepts valid citizen and resident numbers (check digit by Luhn)', () => {
    expect(nationalIdProblem('1000000008')).toBeNull();
    expect(nationalIdProblem(withCheckDigit('210987654'))).toBeNull();
    expect(nationalIdProblem('١٠٠٠٠٠٠٠٠٨')).toBeNull();
  });
  it('rejects a wrong check digit, a wrong first digit and a wrong length', () => {
    expect(nationalIdProblem('1000000007')).toMatch(/check digit/);
    expect(nationalIdProblem('3000000004')).toMatch(/start with 1/);
    expect(nationalIdProblem('12345')).toMatch(/10 digits/);
    expect(nationalIdProblem('10000000a8')).toMatch(/10 digits/);
  });
});

describe('Saudi mobile numbers', () => {
  it('normalises the usual forms to +9665XXXXXXXX', () => {
    for (const form of [
      '0551234567',
      '551234567',
      '966551234567',
      '+966 55 123 4567',
      '00966-55-123-4567',
      '٠٥٥١٢٣٤٥٦٧',
    ]) {
      expect(normalizeSaudiMobile(form), form).toBe('+966551234567');
    }
  });
  it('rejects landlines and foreign numbers', () => {
    expect(normalizeSaudiMobile('0112345678')).toBeNull();
    expect(normalizeSaudiMobile('+971501234567')).toBeNull();
    expect(normalizeSaudiMobile('05512345')).toBeNull();
  });
});
