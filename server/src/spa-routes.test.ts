import { describe, expect, it } from 'vitest';
import { patternToRegExp } from './spa-routes.js';

describe('the SPA route patterns', () => {
  it('matches the pages, parameters and their own checks, and nothing else', () => {
    const id = patternToRegExp('/beneficiaries/:id(\\d+)');
    expect(id.test('/beneficiaries/42')).toBe(true);
    expect(id.test('/beneficiaries/42/')).toBe(true);
    expect(id.test('/beneficiaries/abc')).toBe(false);
    expect(id.test('/beneficiaries/42/x')).toBe(false);
    const slug = patternToRegExp('/library/:slug/edit');
    expect(slug.test('/library/intro/edit')).toBe(true);
    expect(slug.test('/library/intro')).toBe(false);
    expect(patternToRegExp('/').test('/')).toBe(true);
    expect(patternToRegExp('/').test('/health')).toBe(false);
    expect(patternToRegExp('/sign-in').test('/sign-in')).toBe(true);
    expect(patternToRegExp('/sign-in').test('/sign-inx')).toBe(false);
  });
});
