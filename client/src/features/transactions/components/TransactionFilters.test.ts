import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import TransactionFilters from './TransactionFilters.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { settle } from '@/shared/testing/session-fixtures';
import { useListState } from '../composables/use-list-state';
import {
  emptyListState,
  readListQuery,
  toListQuery,
  toTransactionFilter,
  toTransactionSort,
} from '../composables/transaction-filter';

/** The list page's wiring: the filters read and write the address through useListState. */
const Host = defineComponent({
  setup() {
    const { state, update } = useListState();
    return () =>
      h(TransactionFilters, {
        modelValue: state.value,
        channels: [{ key: 'PHONE', name: { ar: 'الهاتف', en: 'Phone' } }],
        steps: [{ key: 'RECEPTION', position: 1, title: { ar: 'الاستقبال', en: 'Reception' } }],
        assignees: [],
        'onUpdate:modelValue': update,
      });
  },
});

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/transactions', component: Host }],
  });
  await router.push(path);
  await router.isReady();
  const { wrapper } = mountWithPlugins(Host, { router, locale: 'en' });
  await settle();
  return { wrapper, router };
}

describe('transaction list filters ↔ the address', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the filters from the address (a reload or the back button shows the same list)', async () => {
    const { wrapper } = await mountAt('/transactions?q=فاطمه&status=OPEN,REFERRED&overdue=1');
    expect(wrapper.get('[data-testid="filter-search"] input').element).toHaveProperty(
      'value',
      'فاطمه',
    );
    const status = wrapper.get('[data-testid="filter-status"]').text();
    expect(status).toContain('In progress');
    expect(status).toContain('With the social researcher');
    expect(wrapper.get('[data-testid="filter-overdue"] input').element).toHaveProperty(
      'checked',
      true,
    );
  });

  it('writes a changed filter into the address, keeping the others', async () => {
    const { wrapper, router } = await mountAt('/transactions?type=INQUIRY&sort=reference:asc');
    await wrapper.get('[data-testid="filter-overdue"] input').setValue(true);
    await settle();
    expect(router.currentRoute.value.query).toEqual({
      type: 'INQUIRY',
      overdue: '1',
      sort: 'reference:asc',
    });
  });

  it('writes the search once typing pauses', async () => {
    const { wrapper, router } = await mountAt('/transactions');
    await wrapper.get('[data-testid="filter-search"] input').setValue('MSR-2026');
    await nextTick();
    expect(router.currentRoute.value.query.q).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 450));
    await settle();
    expect(router.currentRoute.value.query.q).toBe('MSR-2026');
  });

  it('clears every filter but keeps the sort', async () => {
    const { wrapper, router } = await mountAt('/transactions?status=CLOSED&sort=openedAt:asc');
    await wrapper.get('[data-testid="filter-clear"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ sort: 'openedAt:asc' });
  });
});

describe('transaction list state: address, GraphQL filter and sort', () => {
  it('ignores what it does not recognise', () => {
    expect(readListQuery({ status: 'NOPE', assignee: 'x y', from: '2026-13', size: '7' })).toEqual(
      emptyListState(),
    );
  });

  it('survives the round trip through the address', () => {
    const state = {
      ...emptyListState(),
      search: 'فاطمة',
      status: ['OPEN' as const],
      stepKey: 'VERIFICATION',
      channelKey: 'PHONE',
      type: 'SUPPORT_REQUEST' as const,
      assignee: 'me',
      overdue: true,
      from: '2026-11-01',
      to: '2026-11-30',
      sort: { key: 'committeeDueAt' as const, order: 'asc' as const },
      pageSize: 50,
    };
    const query = toListQuery(state) as Record<string, string>;
    expect(readListQuery(query)).toEqual(state);
  });

  it('becomes the server’s filter: "mine", overdue, both days of the range included', () => {
    const filter = toTransactionFilter({
      ...emptyListState(),
      assignee: 'me',
      overdue: true,
      from: '2026-11-01',
      to: '2026-11-01',
    })!;
    expect(filter.assignedToMe).toBe(true);
    expect(filter.committeeOverdue).toBe(true);
    expect(new Date(filter.openedFrom!).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(filter.openedTo!).getTime()).toBe(new Date(2026, 10, 2).getTime());
    expect(toTransactionFilter({ ...emptyListState(), assignee: '12' })).toEqual({
      assigneeId: '12',
    });
    expect(toTransactionFilter(emptyListState())).toBeNull();
  });

  it('maps the sorted column to the server’s sort field', () => {
    expect(
      toTransactionSort({ ...emptyListState(), sort: { key: 'committeeDueAt', order: 'asc' } }),
    ).toEqual({ field: 'COMMITTEE_DUE_AT', direction: 'ASC' });
    expect(toTransactionSort(emptyListState())).toBeNull();
  });
});
