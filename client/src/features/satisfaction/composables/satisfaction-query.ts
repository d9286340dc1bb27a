import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SatisfactionDimension, SurveyMode, TransactionType } from '@/gql/graphql';
import {
  dashboardRange,
  readPeriodQuery,
  riyadhPeriod,
  switchSelection,
  toPeriodQuery,
  type DashboardSelection,
} from '@/shared/periods';
import { presetRange, todayInRiyadh, type DateRange } from '@/shared/periods';

/**
 * The satisfaction page's view, kept in the address so a reload, the back button or a shared
 * link show the same figures. The period is written as the dashboard writes its own
 * (`?period=last12Months`, `?period=custom&from=…&to=…`, `?period=hijriMonth&month=1447-06`;
 * nothing for this month), so a dashboard card can open this page for the dashboard's period;
 * the page adds two presets of its own, `lastMonth` and `quarter`. The other filters:
 * `channel` (a key), `type`, `mode`, the trend's grouping `trend` (by month unless it says
 * otherwise: the trend covers a year) and the breakdowns' `metric`, each left out at its default. Anything not recognised is ignored.
 */

/** The page's presets the dashboard does not have: the whole of last month, this quarter so far. */
export const SATISFACTION_EXTRA_PRESETS = ['lastMonth', 'quarter'] as const;
type ExtraPreset = (typeof SATISFACTION_EXTRA_PRESETS)[number];

export type SatisfactionSelection = DashboardSelection | { kind: ExtraPreset };
export type SatisfactionSelectionKind = SatisfactionSelection['kind'];
/** In the order the period menu offers them. */
export const SATISFACTION_SELECTION_KINDS: readonly SatisfactionSelectionKind[] = [
  'thisMonth',
  'lastMonth',
  'quarter',
  'last3Months',
  'thisYear',
  'last12Months',
  'custom',
  'hijriMonth',
];

export const TREND_GROUPINGS = [
  'WEEK',
  'MONTH',
  'HIJRI_MONTH',
] as const satisfies readonly SatisfactionDimension[];
export type TrendBy = (typeof TREND_GROUPINGS)[number];
export const METRICS = ['csat', 'nps', 'responseRate', 'meanOverall'] as const;
export type Metric = (typeof METRICS)[number];
const TYPES: readonly TransactionType[] = ['INQUIRY', 'SUPPORT_REQUEST'];
const MODES: readonly SurveyMode[] = ['SELF', 'STAFF_ASSISTED'];
/** A channel's key, as the transactions list accepts it. */
const KEY = /^[A-Z0-9_]{1,64}$/;

export interface SatisfactionView {
  period: SatisfactionSelection;
  channelKey: string | null;
  transactionType: TransactionType | null;
  /** Only answers given this way; null for all. */
  mode: SurveyMode | null;
  trendBy: TrendBy;
  metric: Metric;
}

const isExtra = (kind: string): kind is ExtraPreset =>
  (SATISFACTION_EXTRA_PRESETS as readonly string[]).includes(kind);
const isExtraSelection = (s: SatisfactionSelection): s is { kind: ExtraPreset } => isExtra(s.kind);

function one(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}
function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** The view the address asks for; what is missing or not understood takes its default. */
export function readSatisfactionQuery(query: LocationQuery): SatisfactionView {
  const kind = one(query.period);
  const channel = one(query.channel);
  return {
    period: isExtra(kind) ? { kind } : readPeriodQuery(query),
    channelKey: KEY.test(channel) ? channel : null,
    transactionType: oneOf(one(query.type), TYPES),
    mode: oneOf(one(query.mode), MODES),
    trendBy: oneOf(one(query.trend), TREND_GROUPINGS) ?? 'MONTH',
    metric: oneOf(one(query.metric), METRICS) ?? 'csat',
  };
}

/** The address's query for a view: only what differs from the defaults. */
export function toSatisfactionQuery(view: SatisfactionView): LocationQueryRaw {
  const { period } = view;
  return {
    ...(isExtraSelection(period) ? { period: period.kind } : toPeriodQuery(period)),
    ...(view.channelKey ? { channel: view.channelKey } : {}),
    ...(view.transactionType ? { type: view.transactionType } : {}),
    ...(view.mode ? { mode: view.mode } : {}),
    ...(view.trendBy !== 'MONTH' ? { trend: view.trendBy } : {}),
    ...(view.metric !== 'csat' ? { metric: view.metric } : {}),
  };
}

/**
 * The days (both counted, Riyadh) a selection covers, as `SatisfactionFilter` takes them: the
 * dashboard's days for its own choices, so both pages count the same survey links; null when a
 * custom range is not valid (yet) or the Hijri month has not begun.
 */
export function satisfactionDays(
  selection: SatisfactionSelection,
  today: string = todayInRiyadh(),
): DateRange | null {
  if (isExtraSelection(selection)) return presetRange(selection.kind, today);
  return dashboardRange(selection, today)?.days ?? null;
}

/**
 * Another kind of period, starting from the days shown: a custom range starts as those days, a
 * Hijri month as the month they end in (as on the dashboard).
 */
export function switchSatisfactionSelection(
  kind: SatisfactionSelectionKind,
  current: DateRange | null,
  today: string = todayInRiyadh(),
): SatisfactionSelection {
  if (isExtra(kind)) return { kind };
  return switchSelection(kind, current ? riyadhPeriod(current) : null, today);
}
