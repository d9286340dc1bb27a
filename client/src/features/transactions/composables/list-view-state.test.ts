import { describe, expect, it } from 'vitest';
import { listStateToView, showsView, viewToListState } from './list-view-state';
import { emptyListState, type TransactionListState } from './transaction-filter';

/** A view as the server gives it back: what the list sent, each unset field null. */
function saved(state: TransactionListState) {
  const { filter, sort } = listStateToView(state);
  const f = filter ?? {};
  return {
    filter: {
      status: f.status ?? null,
      type: f.type ?? null,
      stepKey: f.stepKey ?? null,
      assignedToMe: f.assignedToMe ?? null,
      committeeOverdue: f.committeeOverdue ?? null,
      search: f.search ?? null,
      channelKey: f.channelKey ?? null,
      assigneeId: f.assigneeId == null ? null : String(f.assigneeId),
      openedFrom: (f.openedFrom as string | undefined) ?? null,
      openedTo: (f.openedTo as string | undefined) ?? null,
      event: f.event
        ? {
            kinds: f.event.kinds ?? null,
            stepKey: f.event.stepKey ?? null,
            from: (f.event.from as string | undefined) ?? null,
            to: (f.event.to as string | undefined) ?? null,
            referralReasonKey: f.event.referralReasonKey ?? null,
            late: f.event.late ?? null,
          }
        : null,
    },
    sort: sort ? { field: sort.field, direction: sort.direction ?? 'DESC' } : null,
  };
}

describe('a saved view and the list it shows', () => {
  it('gives back the very list it was saved from: filters, days, event condition, order', () => {
    const state: TransactionListState = {
      ...emptyListState(),
      search: 'ليلى',
      status: ['OPEN', 'REFERRED'],
      stepKey: 'COMMITTEE',
      channelKey: 'PHONE',
      type: 'SUPPORT_REQUEST',
      assignee: 'me',
      overdue: true,
      from: '2026-11-01',
      to: '2026-11-30',
      event: {
        kinds: ['REFERRED'],
        stepKey: null,
        from: '2026-10-01',
        to: '2026-10-31',
        reasonKey: 'HOUSING',
        late: false,
      },
      sort: { key: 'committeeDueAt', order: 'asc' },
    };
    const back = viewToListState(saved(state), 50);
    expect(back).toEqual({ ...state, pageSize: 50 });
    expect(showsView(state, saved(state))).toBe(true);
    expect(showsView({ ...state, search: 'x' }, saved(state))).toBe(false);
  });

  it('an empty view is the whole list, newest first; an officer chosen by id stays that officer', () => {
    expect(viewToListState(saved(emptyListState()), 25)).toEqual(emptyListState());
    const officer = { ...emptyListState(), assignee: '42' };
    expect(viewToListState(saved(officer), 25).assignee).toBe('42');
    expect(listStateToView(emptyListState())).toEqual({ filter: null, sort: null });
  });
});
