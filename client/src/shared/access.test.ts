import { describe, expect, it } from 'vitest';
import { accessOf, canAccess, narrowAccess } from './access';
import { SERVER_ACCESS } from './access.generated';

describe('access rules read from the server’s (access.generated.ts)', () => {
  it('turns the server’s PUBLIC and SIGNED_IN into the client’s public and signed-in', () => {
    expect(SERVER_ACCESS['Query.activePolicy']).toBe('PUBLIC');
    expect(accessOf('Query.activePolicy')).toBe('public');
    expect(SERVER_ACCESS['Query.myApiTokens']).toBe('SIGNED_IN');
    expect(accessOf('Query.myApiTokens')).toBe('signed-in');
    expect(accessOf('Query.auditEntries')).toEqual(SERVER_ACCESS['Query.auditEntries']);
  });

  it('narrows a page to fewer roles but never keeps one the server refuses', () => {
    const committee = narrowAccess('Query.transactions', ['COMMITTEE', 'ANALYST']);
    expect(committee).toEqual(['COMMITTEE']);
    expect(canAccess(committee, { roles: ['ANALYST'] })).toBe(false);
    expect(canAccess(committee, { roles: ['COMMITTEE'] })).toBe(true);
  });
});
