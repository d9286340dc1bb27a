/**
 * A build serves the messages compiled (vite-plugins/precompile-messages.ts) and leaves
 * vue-i18n's message compiler out: every message, in both languages and Vuetify's own, must read
 * exactly as vue-i18n compiling the text itself reads it — with its placeholders filled, linked
 * messages followed, and each plural form (Arabic's six) chosen.
 */
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { Translation } from 'vue-i18n';
import {
  compileMessages,
  type CompiledTree,
  type MessageTree,
} from '../../vite-plugins/precompile-messages';
import { createAppI18n } from '@/plugins/i18n';
import { testMessages } from './test-messages';

type Node = { [key: string]: unknown };

/** Every message's key, and the named and list placeholders of its compiled form. */
function leaves(tree: CompiledTree, prefix = ''): { key: string; named: string[]; list: number }[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    if ((value as Node).t !== 0) return leaves(value as CompiledTree, full);
    const named: string[] = [];
    let list = 0;
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      if (n.t === 4) named.push(n.k as string);
      if (n.t === 5) list = Math.max(list, (n.i as number) + 1);
      Object.values(n).forEach(walk);
    };
    walk(value);
    return [{ key: full, named, list }];
  });
}

describe.each(['ar', 'en'] as const)('the messages compiled at build time (%s)', (locale) => {
  const texts = testMessages[locale] as unknown as MessageTree;
  const compiled = compileMessages(texts);
  const asWritten = createAppI18n(locale, { [locale]: texts } as never).global;
  const precompiled = createAppI18n(locale, { [locale]: compiled } as never).global;
  const messages = leaves(compiled);

  it('are every message, each an AST (no text left for a compiler)', () => {
    const count = (tree: MessageTree): number =>
      Object.values(tree).reduce((n, v) => n + (typeof v === 'string' ? 1 : count(v)), 0);
    expect(messages.length).toBeGreaterThan(1000);
    expect(messages.length).toBe(count(texts));
  });

  it('read as vue-i18n reads the texts, with placeholders and every plural form', () => {
    const differ: string[] = [];
    for (const { key, named, list } of messages) {
      for (const n of [0, 1, 2, 3, 11, 100]) {
        const params = Object.fromEntries(named.map((name) => [name, `‹${name}›`]));
        const args = list
          ? ([Array.from({ length: list }, (_, i) => `‹${i}›`)] as const)
          : ([{ ...params, n }, n] as const);
        const expected = (asWritten.t as (...a: unknown[]) => string)(key, ...args);
        const actual = (precompiled.t as (...a: unknown[]) => string)(key, ...args);
        if (actual !== expected || actual === key) differ.push(`${key} (${n}): ${actual}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('fill <i18n-t> with its slots as the texts do', () => {
    const render = (messages: unknown) =>
      mount(
        () =>
          h(
            Translation,
            { keypath: 'tokens.usage', tag: 'span' },
            {
              header: () => h('code', 'Authorization'),
              endpoint: () => h('code', '/graphql'),
            },
          ),
        { global: { plugins: [createAppI18n(locale, { [locale]: messages } as never)] } },
      ).html();
    const html = render(compiled);
    expect(html).toContain('<code>/graphql</code>');
    expect(html).toBe(render(texts));
  });

  it('keep Arabic’s plural forms and English’s', () => {
    const days = (n: number) => precompiled.t('policy.step.days', { n }, n);
    if (locale === 'ar') {
      expect([2, 3, 14].map(days)).toEqual(['يومان', '3 أيام', '14 يومًا']);
    } else {
      expect(days(14)).toContain('14');
    }
    expect(precompiled.t('$vuetify.close')).toBe(locale === 'ar' ? 'إغلاق' : 'Close');
  });
});
