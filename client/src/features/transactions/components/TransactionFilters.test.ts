import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import TransactionFilters from './TransactionFilters.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { settle } from '@/shared/testing/session-fixtures';
import { useListState } from '../composables/use-list-state';
import {
  activeFilterCount,
  emptyEventCondition,
  emptyListState,
  invalidEventRange,
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
        steps: [
          { key: 'RECEPTION', position: 1, title: { ar: 'الاستقبال', en: 'Reception' } },
          { key: 'VERIFICATION', position: 2, title: { ar: 'التحقق', en: 'Verification' } },
        ],
        assignees: [],
        reasons: [
          {
            key: 'DOCUMENTS',
            label: { ar: 'المستندات المطلوبة غير واضحة', en: 'Documents unclear' },
          },
        ],
        'onUpdate:modelValue': update,
      });
  },
});

async function mountAt(path: string, locale: 'ar' | 'en' = 'en') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/transactions', component: Host }],
  });
  await router.push(path);
  await router.isReady();
  const { wrapper } = mountWithPlugins(Host, { router, locale });
  // The drill-down's chip comes in a chunk of its own.
  await vi.dynamicImportSettled();
  await settle();
  return { wrapper, router };
}

describe('transaction list filters ↔ the address', () => {
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

  it('says the event condition of a drill-down in words, and removes it whole', async () => {
    const { wrapper, router } = await mountAt(
      '/transactions?ev=REFERRED&reason=DOCUMENTS&evFrom=2026-01-01&evTo=2026-02-28&status=OPEN',
    );
    const chip = wrapper.get('[data-testid="event-filter-chip"]');
    expect(chip.get('[data-testid="event-filter-what"]').text()).toBe(
      'Referred for: Documents unclear',
    );
    expect(chip.get('[data-testid="event-filter-days"]').text()).toMatch(
      /^1 January\s*–\s*28 February 2026$/,
    );
    expect(chip.get('[data-testid="event-filter-hijri"]').text()).toMatch(/1447 AH/);
    expect(chip.get('button').attributes('aria-label')).toBe('Remove this condition');
    await chip.get('button').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ status: 'OPEN' });
    expect(wrapper.find('[data-testid="event-filter"]').exists()).toBe(false);
  });

  it('names committee decisions on time and a step’s stays, in Arabic too', async () => {
    const { wrapper } = await mountAt(
      '/transactions?ev=APPROVED,REJECTED&late=0&evFrom=2026-01-01&evTo=2026-01-31',
    );
    expect(wrapper.get('[data-testid="event-filter-what"]').text()).toBe(
      'Committee decision · On time',
    );
    document.body.innerHTML = '';
    const arabic = await mountAt('/transactions?evStep=VERIFICATION&evFrom=2026-01-01', 'ar');
    expect(arabic.wrapper.get('[data-testid="event-filter-what"]').text()).toBe(
      'الوقت المستغرق في الخطوة: 2. التحقق',
    );
    expect(arabic.wrapper.get('[data-testid="event-filter-days"]').text()).toMatch(
      /^من 1 يناير 2026$/,
    );
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

  it('reads the event condition of a drill-down, ignoring unknown kinds and bad values', () => {
    expect(
      readListQuery({
        ev: 'APPROVED,NOPE,REJECTED,APPROVED',
        evStep: 'VERIFICATION',
        evFrom: '2026-01-01',
        evTo: '2026-02-31',
        reason: 'DOCUMENTS',
        late: '0',
      }).event,
    ).toEqual({
      kinds: ['APPROVED', 'REJECTED'],
      stepKey: 'VERIFICATION',
      from: '2026-01-01',
      to: '', // no 31 February
      reasonKey: 'DOCUMENTS',
      late: false,
    });
    expect(readListQuery({ late: '1' }).event.late).toBe(true);
    expect(
      readListQuery({ ev: 'opened', evStep: 'a b', reason: "x' or 1=1", late: 'yes' }).event,
    ).toEqual(emptyEventCondition());
  });

  it('writes the event condition into the address and reads it back', () => {
    const state = {
      ...emptyListState(),
      status: ['CLOSED' as const],
      event: {
        kinds: ['APPROVED' as const, 'REJECTED' as const],
        stepKey: 'COMMITTEE',
        from: '2026-01-01',
        to: '2026-01-31',
        reasonKey: 'DOCUMENTS',
        late: true,
      },
    };
    const query = toListQuery(state) as Record<string, string>;
    expect(query).toEqual({
      status: 'CLOSED',
      ev: 'APPROVED,REJECTED',
      evStep: 'COMMITTEE',
      evFrom: '2026-01-01',
      evTo: '2026-01-31',
      reason: 'DOCUMENTS',
      late: '1',
    });
    expect(readListQuery(query)).toEqual(state);
    expect(toListQuery({ ...state, event: { ...state.event, late: false } })).toMatchObject({
      late: '0',
    });
    expect(toListQuery(emptyListState())).toEqual({});
    // One filter more (the phone's badge, "clear filters").
    expect(activeFilterCount(state)).toBe(2);
  });

  it('sends the event condition with Riyadh days: from its first midnight to the one after its last', () => {
    expect(
      toTransactionFilter({
        ...emptyListState(),
        event: {
          ...emptyEventCondition(),
          kinds: ['REFERRED'],
          reasonKey: 'DOCUMENTS',
          from: '2026-01-01',
          to: '2026-02-28',
        },
      }),
    ).toEqual({
      event: {
        kinds: ['REFERRED'],
        referralReasonKey: 'DOCUMENTS',
        from: '2025-12-31T21:00:00.000Z',
        to: '2026-02-28T21:00:00.000Z',
      },
    });
    expect(
      toTransactionFilter({
        ...emptyListState(),
        event: { ...emptyEventCondition(), stepKey: 'REVIEW', late: false },
      }),
    ).toEqual({ event: { stepKey: 'REVIEW', late: false } });
    expect(toTransactionFilter(emptyListState())?.event).toBeUndefined();
    expect(
      invalidEventRange({ ...emptyEventCondition(), from: '2026-02-01', to: '2026-01-31' }),
    ).toBe(true);
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
