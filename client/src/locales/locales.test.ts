import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...all, [path]: value }
      : { ...all, ...flatten(value, path) };
  }, {});
}

const arMessages = flatten(ar);
const enMessages = flatten(en);

describe('locales: Arabic and English say the same things', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(arMessages).sort()).toEqual(Object.keys(enMessages).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(enMessages)) {
      expect(placeholders(arMessages[key]!), key).toEqual(placeholders(enMessages[key]!));
    }
  });

  it('give Arabic plurals all six forms where English has two', () => {
    for (const [key, message] of Object.entries(enMessages)) {
      if (!message.includes(' | ')) continue;
      expect(arMessages[key]!.split(' | '), key).toHaveLength(6);
    }
  });

  it('contain no "@", which vue-i18n would read as a linked message', () => {
    const linked = Object.entries({ ...arMessages, ...enMessages }).filter(([, m]) =>
      m.includes('@'),
    );
    expect(linked).toEqual([]);
  });
});
