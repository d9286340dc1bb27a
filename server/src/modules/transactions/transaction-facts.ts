/**
 * Facts derived from the timeline, defined once here for every reader (the dashboard, the
 * statistics, the CSV export and the list's drill-downs).
 */

/**
 * A committee decision (APPROVED or REJECTED event) made after its due date: its data records
 * `"late":true`, written when the decision is recorded. The LIKE pattern over the event's data.
 */
export const LATE_DECISION_LIKE = '%"late":true%';

/** SQL: true when the decision event `alias` was late (see LATE_DECISION_LIKE). */
export const lateDecisionSql = (alias: string): string =>
  `${alias}.data like '${LATE_DECISION_LIKE}'`;

/**
 * SQL aggregate: milliseconds spent at a step over a group of events. Each event's gap (the
 * seconds since the transaction's previous event, written with the event) is time spent at its
 * step; a group by transaction and step gives that transaction's days at the step.
 */
export const stepStayMsSql = (alias?: string): string =>
  `sum(${alias ? `${alias}.` : ''}gap_seconds) * 1000`;
