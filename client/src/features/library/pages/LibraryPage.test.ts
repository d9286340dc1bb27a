import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import LibraryPage from './LibraryPage.vue';
import { LibraryDocumentsDocument, LibrarySearchDocument } from '@/gql/graphql';
import { createAppRouter } from '@/router';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

const card = {
  __typename: 'LibraryDocument',
  id: '3',
  slug: 'support-policy-guide',
  kind: 'GUIDE',
  title: {
    __typename: 'LocalizedText',
    ar: 'دليل سياسة الدعم للمستفيدين',
    en: 'Beneficiary support policy guide',
  },
  tags: ['دعم', 'support'],
  toolKey: 'SUPPORT_POLICY_GUIDE',
  published: true,
  reviewBy: '2027-11-27',
  reviewOverdue: false,
  ownerName: null,
  updatedAt: '2026-11-27T05:00:00.000Z',
  currentVersion: {
    __typename: 'DocumentVersion',
    id: '3',
    number: 1,
    publishedAt: '2026-11-27T05:00:00.000Z',
  },
};
const page = (nodes: unknown[]) => ({
  libraryDocuments: {
    __typename: 'LibraryDocumentConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({ __typename: 'LibraryDocumentEdge', cursor: `c${i}`, node })),
  },
});
const hit = {
  __typename: 'LibrarySearchHit',
  id: 'DOCUMENT:3',
  kind: 'DOCUMENT',
  language: 'AR',
  title: 'دليل سياسة الدعم للمستفيدين',
  titleHtml: 'دليل سياسة <mark>الدعم</mark> للمستفيدين',
  snippetHtml: 'يحدد أنواع <mark>الدعم</mark> المقدم &lt;b&gt;',
  score: 2.5,
  itemKey: null,
  document: { __typename: 'LibraryDocument', id: '3', slug: 'support-policy-guide', kind: 'GUIDE' },
};

async function render(roles: ('STAFF' | 'MANAGER')[]) {
  const { session, apollo } = sessionFor(userWith(roles), [
    {
      request: {
        query: LibraryDocumentsDocument,
        variables: { first: 100, after: null, filter: { kind: null, tag: null } },
      },
      result: { data: page([card]) },
    },
    {
      request: { query: LibraryDocumentsDocument, variables: { first: 100 } },
      result: { data: page([card]) },
    },
    {
      request: { query: LibrarySearchDocument, variables: { query: 'الدعم', first: 30 } },
      result: {
        data: {
          librarySearch: {
            __typename: 'LibrarySearchHitConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
            edges: [{ __typename: 'LibrarySearchHitEdge', cursor: 'x', node: hit }],
          },
        },
      },
    },
  ]);
  const router = createAppRouter(session, createMemoryHistory());
  await router.push('/library');
  const { wrapper } = mountWithPlugins(LibraryPage, { apollo, session, router });
  await settle();
  return wrapper;
}

describe('library index', () => {
  it('lists the documents; staff get no editing buttons', async () => {
    const wrapper = await render(['STAFF']);
    const docs = wrapper.findAll('[data-testid="library-document"]');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text()).toContain('دليل سياسة الدعم للمستفيدين');
    expect(wrapper.find('[data-testid="library-new"]').exists()).toBe(false);
  });

  it('shows ranked results with the highlighted words once typing pauses', async () => {
    const wrapper = await render(['MANAGER']);
    expect(wrapper.find('[data-testid="library-new"]').exists()).toBe(true);
    await wrapper.get('[data-testid="library-search"] input').setValue('الدعم');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    const hits = wrapper.findAll('[data-testid="search-hit"]');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.attributes('href')).toBe('/library/support-policy-guide');
    const snippet = hits[0]!.get('[data-testid="search-snippet"]');
    expect(snippet.findAll('mark').map((m) => m.text())).toEqual(['الدعم']);
    // Escaped text stays text.
    expect(snippet.find('b').exists()).toBe(false);
    expect(snippet.text()).toContain('<b>');
  });
});
