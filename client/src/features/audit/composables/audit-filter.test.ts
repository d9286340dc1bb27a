import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedKeys, prettyJson } from './audit-json';
import {
  emptyAuditFilter,
  invalidRange,
  KNOWN_ACTIONS,
  KNOWN_TARGET_TYPES,
  toAuditFilter,
} from './audit-filter';
import ar from '../../../locales/ar.json';
import en from '../../../locales/en.json';

/**
 * Every action the server's code writes to the audit trail: the `action:` literals of its
 * sources, and `transaction.<action>` for each value of the schema's TransactionAction.
 */
function serverActions(): Set<string> {
  // The repository's root: the nearest folder up from here that holds the schema.
  let root = process.cwd();
  while (!fs.existsSync(path.join(root, 'schema/schema.graphql'))) root = path.dirname(root);
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
          if (!/\baction: /.test(line)) continue;
          for (const [, literal] of line.matchAll(/'([A-Za-z]+\.[A-Za-z_]+|[A-Z]+_[A-Z_]+)'/g)) {
            found.add(literal!);
          }
          if (line.includes('`transaction.${action.toLowerCase()}`')) found.add('transaction.*');
        }
      }
    }
  };
  walk(path.join(root, 'server/src'));
  if (found.delete('transaction.*')) {
    const schema = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
    const body = /enum TransactionAction \{([^}]*)\}/.exec(schema)![1]!;
    for (const [, value] of body.matchAll(/^\s+([A-Z_]+)$/gm)) {
      found.add(`transaction.${value!.toLowerCase()}`);
    }
  }
  return found;
}

describe('audit filter: the form becomes the GraphQL AuditFilter', () => {
  it('sends nothing when nothing is filtered', () => {
    expect(toAuditFilter(emptyAuditFilter())).toBeNull();
  });

  it('includes both days of the range: "to" becomes the next midnight (server: exclusive)', () => {
    const filter = toAuditFilter({ ...emptyAuditFilter(), from: '2024-08-15', to: '2024-08-16' });
    expect(new Date(filter!.from!).getTime()).toBe(new Date(2024, 7, 15).getTime());
    expect(new Date(filter!.to!).getTime()).toBe(new Date(2024, 7, 17).getTime());
  });

  it('trims text and lower-cases the actor, as usernames are stored', () => {
    const filter = toAuditFilter({
      ...emptyAuditFilter(),
      action: ' user.create ',
      actorName: ' Admin ',
    });
    expect(filter).toEqual({ action: 'user.create', actorName: 'admin' });
  });

  it('flags a range that ends before it starts', () => {
    expect(invalidRange({ ...emptyAuditFilter(), from: '2024-08-16', to: '2024-08-15' })).toBe(
      true,
    );
    expect(invalidRange({ ...emptyAuditFilter(), from: '2024-08-15', to: '2024-08-15' })).toBe(
      false,
    );
  });
});

describe('audit JSON', () => {
  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson(null)).toBe('');
  });

  it('names the keys that changed', () => {
    const before = '{"displayName":"Sara","roles":["STAFF"],"active":true}';
    const after = '{"displayName":"Sara A.","roles":["STAFF"],"active":false}';
    expect(changedKeys(before, after)).toEqual(['displayName', 'active']);
    expect(changedKeys(null, after)).toEqual([]);
  });
});

describe('audit filter: every action and target the server writes has a label', () => {
  it('in English and Arabic, sign-in guesses and locks included', () => {
    expect(KNOWN_ACTIONS).toEqual(
      expect.arrayContaining(['auth.passwordFailed', 'auth.locked', 'auth.slowed']),
    );
    // None the server writes is left without a label.
    const actions = serverActions();
    expect(actions.size).toBeGreaterThan(30);
    expect([...actions].filter((a) => !(KNOWN_ACTIONS as readonly string[]).includes(a))).toEqual(
      [],
    );
    for (const messages of [en, ar]) {
      for (const action of KNOWN_ACTIONS) {
        expect(messages.audit.actions).toHaveProperty(action.replace('.', '_'));
      }
      for (const type of KNOWN_TARGET_TYPES) {
        expect(messages.audit.targetTypes).toHaveProperty(type);
      }
    }
  });
});
