import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type {
  TransactionEventCondition,
  TransactionEventKind,
  TransactionFilter,
  TransactionSort,
  TransactionSortField,
  TransactionStatus,
  TransactionType,
} from '@/gql/graphql';
import { addDays, isDay, riyadhMidnight } from '@/shared/periods';

export const STATUSES: readonly TransactionStatus[] = [
  'OPEN',
  'REFERRED',
  'AWAITING_COMMITTEE',
  'DEFERRED',
  'CLOSED',
];
export const TYPES: readonly TransactionType[] = ['INQUIRY', 'SUPPORT_REQUEST'];
/** Every kind of timeline event (the `ev` parameter accepts only these). */
export const EVENT_KINDS: readonly TransactionEventKind[] = [
  'OPENED',
  'STEP_COMPLETED',
  'REFERRED',
  'REFERRAL_RETURNED',
  'ATTESTED',
  'SUBMITTED_TO_COMMITTEE',
  'APPROVED',
  'REJECTED',
  'DEFERRED',
  'RESUMED',
  'DELIVERED',
  'INQUIRY_CLOSED',
  'WITHDRAWN',
];

/** Columns the list may be sorted by, and the server's name for each. */
export const SORT_FIELDS = {
  reference: 'REFERENCE',
  openedAt: 'OPENED_AT',
  committeeDueAt: 'COMMITTEE_DUE_AT',
} as const satisfies Record<string, TransactionSortField>;
export type SortKey = keyof typeof SORT_FIELDS;
export interface SortState {
  key: SortKey;
  order: 'asc' | 'desc';
}

/**
 * "Had a timeline event meeting all these conditions": the dashboard's drill-downs (referred for a
 * reason, decided in a month on time or late, a stay at a step ended in the period). In the
 * address as `ev` (kinds, comma-separated), `evStep`, `evFrom`/`evTo` (calendar days in Riyadh
 * time, both counted, as the dashboard's periods), `reason` and `late` (`1` late, `0` on time).
 */
export interface EventCondition {
  kinds: TransactionEventKind[];
  stepKey: string | null;
  from: string;
  to: string;
  reasonKey: string | null;
  late: boolean | null;
}

export const emptyEventCondition = (): EventCondition => ({
  kinds: [],
  stepKey: null,
  from: '',
  to: '',
  reasonKey: null,
  late: null,
});

/** True when the list is filtered by a timeline event (any `ev*` parameter). */
export function hasEventCondition(event: EventCondition): boolean {
  return (
    event.kinds.length > 0 ||
    !!event.stepKey ||
    !!event.from ||
    !!event.to ||
    !!event.reasonKey ||
    event.late !== null
  );
}

/**
 * What the list's filters hold. Everything here lives in the address (`?q=…&status=OPEN,REFERRED`),
 * so a reload, the back button or a shared link show the same list. `assignee` is `''` (anyone),
 * `'me'`, or a user's id; dates are calendar days `YYYY-MM-DD` in the reader's time zone (the
 * event condition's in Riyadh's).
 */
export interface TransactionListState {
  search: string;
  status: TransactionStatus[];
  stepKey: string | null;
  channelKey: string | null;
  type: TransactionType | null;
  assignee: string;
  overdue: boolean;
  from: string;
  to: string;
  event: EventCondition;
  sort: SortState | null;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 25;

export const emptyListState = (): TransactionListState => ({
  search: '',
  status: [],
  stepKey: null,
  channelKey: null,
  type: null,
  assignee: '',
  overdue: false,
  from: '',
  to: '',
  event: emptyEventCondition(),
  sort: null,
  pageSize: DEFAULT_PAGE_SIZE,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Z0-9_]{1,64}$/;

function one(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

/** Reads the list's state from the address, ignoring anything it does not recognise. */
export function readListQuery(query: LocationQuery): TransactionListState {
  const state = emptyListState();
  state.search = one(query.q).slice(0, 100);
  state.status = one(query.status)
    .split(',')
    .filter((s): s is TransactionStatus => (STATUSES as readonly string[]).includes(s));
  const step = one(query.step);
  state.stepKey = KEY.test(step) ? step : null;
  const channel = one(query.channel);
  state.channelKey = KEY.test(channel) ? channel : null;
  const type = one(query.type);
  state.type = (TYPES as readonly string[]).includes(type) ? (type as TransactionType) : null;
  const assignee = one(query.assignee);
  state.assignee = assignee === 'me' || /^\d{1,12}$/.test(assignee) ? assignee : '';
  state.overdue = one(query.overdue) === '1';
  state.from = DAY.test(one(query.from)) ? one(query.from) : '';
  state.to = DAY.test(one(query.to)) ? one(query.to) : '';
  state.event = readEventQuery(query);
  const [key, order] = one(query.sort).split(':');
  if (key && key in SORT_FIELDS && (order === 'asc' || order === 'desc')) {
    state.sort = { key: key as SortKey, order };
  }
  const size = Number(one(query.size));
  if ([10, 25, 50, 100].includes(size)) state.pageSize = size;
  return state;
}

/** The event condition's parameters (`ev`, `evStep`, `evFrom`, `evTo`, `reason`, `late`). */
function readEventQuery(query: LocationQuery): EventCondition {
  const event = emptyEventCondition();
  const kinds = one(query.ev)
    .split(',')
    .filter((k): k is TransactionEventKind => (EVENT_KINDS as readonly string[]).includes(k));
  event.kinds = [...new Set(kinds)];
  const step = one(query.evStep);
  event.stepKey = KEY.test(step) ? step : null;
  const from = one(query.evFrom);
  event.from = isDay(from) ? from : '';
  const to = one(query.evTo);
  event.to = isDay(to) ? to : '';
  const reason = one(query.reason);
  event.reasonKey = KEY.test(reason) ? reason : null;
  const late = one(query.late);
  event.late = late === '1' ? true : late === '0' ? false : null;
  return event;
}

/** The address's query for a state: only what differs from the defaults. */
export function toListQuery(state: TransactionListState): LocationQueryRaw {
  const query: Record<string, string> = {};
  if (state.search.trim()) query.q = state.search.trim();
  if (state.status.length) query.status = state.status.join(',');
  if (state.stepKey) query.step = state.stepKey;
  if (state.channelKey) query.channel = state.channelKey;
  if (state.type) query.type = state.type;
  if (state.assignee) query.assignee = state.assignee;
  if (state.overdue) query.overdue = '1';
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  const event = state.event;
  if (event.kinds.length) query.ev = event.kinds.join(',');
  if (event.stepKey) query.evStep = event.stepKey;
  if (event.from) query.evFrom = event.from;
  if (event.to) query.evTo = event.to;
  if (event.reasonKey) query.reason = event.reasonKey;
  if (event.late !== null) query.late = event.late ? '1' : '0';
  if (state.sort) query.sort = `${state.sort.key}:${state.sort.order}`;
  if (state.pageSize !== DEFAULT_PAGE_SIZE) query.size = String(state.pageSize);
  return query;
}

/** Midnight at the start of a local calendar day, `days` later. */
function localMidnight(day: string, days = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The server's event condition (null when there is none): its days are Riyadh's, as the
 * dashboard's periods, both counted (`to` is the Riyadh midnight after the last day).
 */
export function toEventCondition(event: EventCondition): TransactionEventCondition | null {
  if (!hasEventCondition(event)) return null;
  const condition: TransactionEventCondition = {};
  if (event.kinds.length) condition.kinds = [...event.kinds];
  if (event.stepKey) condition.stepKey = event.stepKey;
  if (event.from) condition.from = riyadhMidnight(event.from);
  if (event.to) condition.to = riyadhMidnight(addDays(event.to, 1));
  if (event.reasonKey) condition.referralReasonKey = event.reasonKey;
  if (event.late !== null) condition.late = event.late;
  return condition;
}

/**
 * The GraphQL filter for the state (null when nothing is filtered). "Opened between" includes
 * both days: `openedTo` is the midnight after the last day (the server's bound is exclusive).
 */
export function toTransactionFilter(state: TransactionListState): TransactionFilter | null {
  const filter: TransactionFilter = {};
  const search = state.search.trim();
  if (search) filter.search = search;
  if (state.status.length) filter.status = [...state.status];
  if (state.stepKey) filter.stepKey = state.stepKey;
  if (state.channelKey) filter.channelKey = state.channelKey;
  if (state.type) filter.type = state.type;
  if (state.assignee === 'me') filter.assignedToMe = true;
  else if (state.assignee) filter.assigneeId = state.assignee;
  if (state.overdue) filter.committeeOverdue = true;
  const from = localMidnight(state.from);
  const to = localMidnight(state.to, 1);
  if (from) filter.openedFrom = from.toISOString();
  if (to) filter.openedTo = to.toISOString();
  const event = toEventCondition(state.event);
  if (event) filter.event = event;
  return Object.keys(filter).length ? filter : null;
}

export function toTransactionSort(state: TransactionListState): TransactionSort | null {
  if (!state.sort) return null;
  return {
    field: SORT_FIELDS[state.sort.key],
    direction: state.sort.order === 'asc' ? 'ASC' : 'DESC',
  };
}

/** True when "to" is before "from". */
export function invalidRange(state: TransactionListState): boolean {
  return !!state.from && !!state.to && state.to < state.from;
}

/** True when the event condition's last day is before its first. */
export function invalidEventRange(event: EventCondition): boolean {
  return !!event.from && !!event.to && event.to < event.from;
}

/** How many filters are set (for the phone's "Filters" badge and the "clear" button). */
export function activeFilterCount(state: TransactionListState): number {
  return [
    state.search.trim(),
    state.status.length,
    state.stepKey,
    state.channelKey,
    state.type,
    state.assignee,
    state.overdue,
    state.from,
    state.to,
    hasEventCondition(state.event),
  ].filter(Boolean).length;
}
