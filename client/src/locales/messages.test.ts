/**
 * Every screen's messages are loaded before it shows (groups.ts, plugins/i18n.ts): for the app's
 * frame and for every route, the keys its code names (the page, the components it imports, the
 * ones it loads later, and the route's title) are read from the source (message-usage.ts) and
 * must all be in the groups it loads — else the screen would show a raw key.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { messageGroupLoaders } from 'virtual:message-groups';
import { routes } from '@/router';
import ar from './ar.json';
import en from './en.json';
import {
  groupOf,
  MESSAGE_GROUP_NAMES,
  MESSAGE_GROUPS,
  pickGroup,
  type MessageGroup,
} from './groups';
import { allKeys, keysIn, moduleGraph, neededLeaves, SRC, type KeyUse } from './message-usage';

type Messages = { [key: string]: string | Messages };
const messages = ar as Messages;
const isLeaf = (key: string) =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Messages)?.[part], messages) ===
  'string';
const leaves = allKeys(messages).filter(isLeaf);

/**
 * Strings that look like keys and are not: the audit log's action names (`feedback.create`) are
 * matched against the server's, and only worded through `audit.actions.*`.
 */
const NOT_KEYS: Record<string, string[]> = {
  'features/audit/composables/audit-filter.ts': ['feedback.create'],
};

/** The route tables: each route's title is checked with its route, not with the frame. */
const isRouteTable = (file: string) =>
  /[\\/]features[\\/][^\\/]+[\\/]index\.ts$/.test(file) || file === path.join(SRC, 'router.ts');
/** This folder's own modules name keys as data (groups.ts), not as texts shown. */
const isLocales = (file: string) => file.startsWith(path.join(SRC, 'locales'));

function usesOf(entry: string): KeyUse[] {
  const files = [...moduleGraph([entry], isRouteTable)].filter(
    (f) => !isRouteTable(f) && !isLocales(f),
  );
  return files.flatMap((file) => {
    const ignored = NOT_KEYS[path.relative(SRC, file)] ?? [];
    return keysIn(file, messages).filter((use) => !ignored.includes(use.key));
  });
}

const leavesOf = (groups: readonly MessageGroup[]) =>
  new Set(leaves.filter((key) => groups.includes(groupOf(key)!)));

/** Keys needed and not loaded, each with a file naming it and the group holding it. */
function missing(uses: KeyUse[], groups: readonly MessageGroup[]): string[] {
  const loaded = leavesOf(['shared', ...groups]);
  return [...neededLeaves(uses, leaves)]
    .filter((key) => !loaded.has(key))
    .map((key) => {
      const use = uses.find((u) => (u.prefix ? key.startsWith(u.key) : key.startsWith(u.key)))!;
      return `${key} (group ${groupOf(key)}; named in ${path.relative(SRC, use.file)})`;
    });
}

/** The file of a route's page, from its loader (`() => import("/src/…/Page.vue")`). */
function pageFile(route: RouteRecordRaw): string | null {
  if (!('component' in route) || !route.component) return null;
  const file = /["'](\/src\/[^"']+\.vue)["']/.exec(String(route.component))?.[1];
  if (!file) throw new Error(`${route.path}: cannot read its page's file`);
  return path.join(SRC, '..', file);
}

describe('message groups', () => {
  it('put every message in one group, in both languages', () => {
    expect(leaves.filter((key) => groupOf(key) === null)).toEqual([]);
    expect(allKeys(en as Messages).filter(isLeaf)).toEqual(expect.arrayContaining(leaves));
    // Every prefix of a group names messages (a stale prefix would hide a misplaced key).
    const unused = MESSAGE_GROUP_NAMES.flatMap((group) =>
      MESSAGE_GROUPS[group]
        .filter(
          (prefix) =>
            !leaves.some(
              (k) => groupOf(k) === group && (k === prefix || k.startsWith(`${prefix}.`)),
            ),
        )
        .map((p) => `${group}: ${p}`),
    );
    expect(unused).toEqual([]);
  });

  it('together are the whole of each language', () => {
    for (const whole of [ar, en] as Messages[]) {
      const parts = MESSAGE_GROUP_NAMES.map((group) =>
        allKeys(pickGroup(whole, group)).filter((k) => leaves.includes(k)),
      );
      expect(parts.flat().sort()).toEqual(allKeys(whole).filter(isLeaf).sort());
    }
  });

  it('are served as modules, the shared one with Vuetify’s texts', async () => {
    const policy = (await messageGroupLoaders.en.policy()).default as Messages;
    expect(policy).toEqual(pickGroup(en as Messages, 'policy'));
    const shared = (await messageGroupLoaders.ar.shared()).default as Messages;
    expect((shared.$vuetify as Messages).close).toBe('إغلاق');
    expect((shared.app as Messages).name).toBe((ar.app as Messages).name);
  });
});

describe('every screen loads the messages it shows', () => {
  it('the app’s frame (App.vue and what it imports) shows only the shared group', () => {
    expect(missing(usesOf(path.join(SRC, 'main.ts')), [])).toEqual([]);
  });

  const pages = routes.flatMap((route) => {
    const file = pageFile(route);
    return file ? [{ route, file }] : [];
  });

  it('reads every route’s page', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  for (const { route, file } of pages) {
    it(`${route.path} (${path.basename(file)}) loads ${String(route.meta?.messages ?? [])}`, () => {
      const uses = usesOf(file);
      const title = route.meta?.titleKey;
      if (title) uses.push({ key: title, namespace: '', prefix: false, file, exists: true });
      expect(title && isLeaf(title), `title ${title}`).toBe(true);
      expect(missing(uses, route.meta?.messages ?? [])).toEqual([]);
    });
  }
});
