import { describe, expect, it } from 'vitest';
import { statementKind, tokenMatches } from './metrics.js';

describe('metrics, units', () => {
  it('labels a statement by its first word', () => {
    expect(statementKind('select "u".* from "user" as "u"')).toBe('select');
    expect(statementKind('  WITH t AS (select 1) select * from t')).toBe('select');
    expect(statementKind('(select 1) union (select 2)')).toBe('select');
    expect(statementKind('insert into "audit_entry" ("a") values (?)')).toBe('insert');
    expect(statementKind('update "transaction" set "version" = ?')).toBe('update');
    expect(statementKind('delete from "session" where "id" = ?')).toBe('delete');
    expect(statementKind('begin')).toBe('transaction');
    expect(statementKind('savepoint trx1')).toBe('transaction');
    expect(statementKind('pragma busy_timeout = 5000')).toBe('other');
    expect(statementKind('')).toBe('other');
  });

  it('takes only the exact bearer token', () => {
    const token = 'metrics-test-token-0123456789';
    expect(tokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(tokenMatches(`bearer ${token}`, token)).toBe(true);
    for (const header of [
      undefined,
      '',
      token,
      `Bearer ${token}x`,
      `Bearer ${token} x`,
      'Bearer',
    ]) {
      expect(tokenMatches(header, token), String(header)).toBe(false);
    }
  });
});
