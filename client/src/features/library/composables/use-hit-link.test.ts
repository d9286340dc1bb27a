import { describe, expect, it } from 'vitest';
import { hitLink, type SearchHit } from './use-hit-link';

const hit = (over: Partial<SearchHit>): SearchHit =>
  ({
    __typename: 'LibrarySearchHit',
    id: 'x',
    kind: 'DOCUMENT',
    language: 'AR',
    title: '',
    titleHtml: '',
    snippetHtml: '',
    score: 1,
    itemKey: null,
    document: null,
    ...over,
  }) as SearchHit;

describe('where a search hit opens', () => {
  it('opens documents by address, tools by key, policy items at their section', () => {
    expect(
      hitLink(
        hit({
          document: { id: '1', slug: 'bylaws', kind: 'REGULATION' },
        }),
      ),
    ).toBe('/library/bylaws');
    expect(hitLink(hit({ kind: 'TOOL', itemKey: 'BYLAWS' }))).toBe('/library/tools/BYLAWS');
    expect(hitLink(hit({ kind: 'CHANNEL', itemKey: 'PHONE' }))).toBe('/policy#channels');
    expect(hitLink(hit({ kind: 'STEP', itemKey: 'RECEPTION' }))).toBe('/policy#steps');
    expect(hitLink(hit({ kind: 'OBJECTIVE', itemKey: '3' }))).toBe('/policy#objectives');
    expect(hitLink(hit({ kind: 'POLICY_TEXT', itemKey: 'general-objective' }))).toBe(
      '/policy#general-objective',
    );
  });
});
