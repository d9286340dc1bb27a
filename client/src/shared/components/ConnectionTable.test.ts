import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { MockedResponse } from '@apollo/client/testing/core';
import ConnectionTable from './ConnectionTable.vue';
import { useConnectionQuery } from '@/shared/composables/use-connection-query';
import { UsersDocument, type UserRowFragment } from '@/gql/graphql';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { apolloWith, settle } from '@/shared/testing/session-fixtures';

const user = (id: number) =>
  ({
    __typename: 'User',
    id: String(id),
    username: `user${id}`,
    displayName: `User ${id}`,
    email: null,
    roles: [],
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastSignInAt: null,
  }) as UserRowFragment;

function page(ids: number[], total: number, endCursor: string | null) {
  return {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: total,
        pageInfo: { __typename: 'PageInfo', hasNextPage: !!endCursor, endCursor },
        edges: ids.map((id) => ({ __typename: 'UserEdge', cursor: `c${id}`, node: user(id) })),
      },
    },
  };
}

const ask = (after: string | null, search: string | null = null) => ({
  query: UsersDocument,
  variables: { first: 10, after, search },
});

const search = ref<string | null>(null);
const Host = defineComponent({
  setup() {
    const query = useConnectionQuery(UsersDocument, () => ({ search: search.value }), {
      pageSize: 10,
    });
    return () =>
      h(
        ConnectionTable<UserRowFragment>,
        {
          query,
          headers: [{ title: 'Name', key: 'displayName' }],
          rowProps: ({ item }: { item: UserRowFragment }) => ({ 'data-testid': `row-${item.id}` }),
          testid: 'demo',
          errorTitle: 'The users could not be loaded',
          emptyTitle: 'No users',
        },
        {
          'item.displayName': ({ item }: { item: UserRowFragment }) =>
            h('b', { class: 'name' }, item.displayName),
        },
      );
  },
});

const mounted: { unmount(): void }[] = [];
function mountTable(mocks: MockedResponse[]) {
  const { wrapper } = mountWithPlugins(Host, { locale: 'en', apollo: apolloWith(mocks) });
  mounted.push(wrapper);
}
const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const names = () => [...document.querySelectorAll('.name')].map((e) => e.textContent);

// The table's code comes in its own chunk (fetched with the first page of rows): loaded once
// here, as a browser would have it by the time the rows arrive.
beforeAll(async () => {
  await import('vuetify/components/VDataTable');
});

afterEach(() => {
  mounted.splice(0).forEach((wrapper) => wrapper.unmount());
  document.body.innerHTML = '';
  search.value = null;
});

describe('ConnectionTable + useConnectionQuery', () => {
  it('shows the rows through the column slots, and pages with the cursor', async () => {
    mountTable([
      { request: ask(null), result: page([1, 2], 3, 'c2') },
      { request: ask('c2'), result: page([3], 3, null) },
    ]);
    await settle();
    expect(names()).toEqual(['User 1', 'User 2']);
    expect($('[data-testid="row-1"]')).not.toBeNull();
    expect($('[data-testid="pager-range"]')?.textContent).toContain('3');
    $('[data-testid="pager-next"]')!.click();
    await settle();
    expect(names()).toEqual(['User 3']);
  });

  it('says so when the list is empty (default empty state)', async () => {
    mountTable([{ request: ask(null), result: page([], 0, null) }]);
    await settle();
    expect($('[data-testid="demo-empty"]')?.textContent).toContain('No users');
  });

  it('shows the error with Retry, which asks again', async () => {
    mountTable([
      { request: ask(null), error: new Error('down') },
      { request: ask(null), result: page([1], 1, null) },
    ]);
    await settle();
    const alert = $('[data-testid="demo-error"]');
    expect(alert?.textContent).toContain('The users could not be loaded');
    alert!.querySelector<HTMLElement>('button')!.click();
    await settle();
    expect(names()).toEqual(['User 1']);
  });

  it('shows a skeleton while the first page is slow, and goes back to page 1 on new variables', async () => {
    mountTable([
      { request: ask(null), result: page([1, 2], 3, 'c2'), delay: 400 },
      { request: ask('c2'), result: page([3], 3, null) },
      { request: ask(null, 'x'), result: page([2], 1, null) },
    ]);
    await new Promise((r) => setTimeout(r, 250));
    expect($('[data-testid="demo-loading"]')).not.toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    $('[data-testid="pager-next"]')!.click();
    await settle();
    expect(names()).toEqual(['User 3']);
    search.value = 'x';
    await settle();
    await settle();
    expect(names()).toEqual(['User 2']);
  });
});
