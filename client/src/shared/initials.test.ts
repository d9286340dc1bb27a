import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('avatar initials', () => {
  it('takes two initials of a Latin name', () => {
    expect(initialsOf('Omar Analyst')).toBe('OA');
    expect(initialsOf('administrator')).toBe('A');
  });
  it('takes one letter of an Arabic name, so the letters never join into a word', () => {
    expect(initialsOf('مها المدير')).toBe('م');
  });
  it('falls back to the username', () => {
    expect(initialsOf('  ', 'sara')).toBe('S');
  });
});
