/**
 * The reference implementation of the figures the rollups serve (tests only): each figure as one
 * statement over the raw rows — transactions, timeline events, survey links and answers — the
 * way the dashboard and the statistics computed it before the rollups (issue 17). Two
 * definitions moved with the rollups and are written here the new way: medians and 90th
 * percentiles are histogram buckets (rollups.ts's bucketSql: a tenth of a day up to ten days,
 * then whole days), and a stay at a step is all of a transaction's time there, counted on the
 * Riyadh day it last left the step. rollups.api.test.ts checks the rollups against these.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { riyadhMidnight } from '../common/periods.js';
import { dayOf, monthOf, storedDate } from '../common/sql-dates.js';
import { lateDecisionSql } from '../transactions/transaction-facts.js';
import { msToDays, num } from '../common/figures.js';
import { readAll } from '../../db/read-pool.js';
import { riyadhDays, type Period } from './dashboard.service.js';
import {
  bucketMsSql,
  bucketSql,
  closeBucketSql,
  OVERALL_SCORES,
  reasonSql,
  RECOMMEND_SCORES,
} from './rollups.js';
import {
  distributionsOf,
  figuresOf,
  filterSql,
  MEASURES,
  sumsOf,
  type SatisfactionFilterData,
} from './satisfaction-figures.service.js';
import { everyMonth } from './trend-period.js';
import {
  transactionRows,
  type TransactionDimension,
  type TransactionStatsFilter,
} from './stats.service.js';

type Row = Record<string, unknown>;

/** The instants of a period's whole Riyadh days, as the engine stores them. */
function instants(engine: DatabaseEngine, period: Period): [unknown, unknown] {
  const { first, last } = riyadhDays(period);
  const end = new Date(riyadhMidnight(last).getTime() + 86_400_000);
  return [storedDate(engine, riyadhMidnight(first)), storedDate(engine, end)];
}

export function referenceOf(em: EntityManager, engine: DatabaseEngine) {
  const run = (sql: string, params: unknown[] = []) => readAll<Row>(em, sql, params);
  return {
    async workload(now: Date) {
      const [r] = await run(
        `select
           sum(case when status <> 'CLOSED' then 1 else 0 end) as open,
           sum(case when status = 'AWAITING_COMMITTEE' then 1 else 0 end) as awaiting,
           sum(case when status = 'AWAITING_COMMITTEE' and committee_due_at < ? then 1 else 0 end) as overdue,
           sum(case when status = 'DEFERRED' then 1 else 0 end) as deferred,
           sum(case when status = 'REFERRED' then 1 else 0 end) as referred
         from beneficiary_transaction where status <> 'CLOSED'`,
        [storedDate(engine, now)],
      );
      return {
        open: num(r?.open),
        awaitingCommittee: num(r?.awaiting),
        committeeOverdue: num(r?.overdue),
        deferred: num(r?.deferred),
        referred: num(r?.referred),
      };
    },

    async funnel() {
      return (
        await run(`select s.key as step_key, min(s.position) as position, count(t.id) as n
           from beneficiary_transaction t join handling_step s on s.id = t.current_step_id
           where t.status <> 'CLOSED' group by s.key order by min(s.position)`)
      ).map((r) => ({ stepKey: String(r.step_key), position: num(r.position), count: num(r.n) }));
    },

    async volumeByChannel(period: Period) {
      const month = monthOf(engine, 't.opened_at');
      return (
        await run(
          `select ${month} as month, c.key as channel_key, count(t.id) as n
           from beneficiary_transaction t join channel c on c.id = t.channel_id
           where t.opened_at >= ? and t.opened_at < ? group by ${month}, c.key order by 1, 2`,
          instants(engine, period),
        )
      ).map((r) => ({
        month: String(r.month),
        channelKey: String(r.channel_key),
        count: num(r.n),
      }));
    },

    async committeeCompliance(period: Period) {
      const month = monthOf(engine, 'e.at');
      const rows = (
        await run(
          `select ${month} as month, count(e.id) as decisions,
             sum(case when ${lateDecisionSql('e')} then 0 else 1 end) as on_time
           from transaction_event e
           where e.kind in ('APPROVED', 'REJECTED') and e.at >= ? and e.at < ?
           group by ${month} order by 1`,
          instants(engine, period),
        )
      ).map((r) => ({
        month: String(r.month),
        decisions: num(r.decisions),
        onTime: num(r.on_time),
      }));
      return everyMonth(period, rows, (month) => ({ month, decisions: 0, onTime: 0 }));
    },

    async topReferralReasons(period: Period, limit = 5) {
      const reason = reasonSql(engine, 'e');
      return (
        await run(
          `select ${reason} as reason_key, count(e.id) as n from transaction_event e
           where e.kind = 'REFERRED' and e.at >= ? and e.at < ?
           group by ${reason} order by count(e.id) desc, 1 limit ?`,
          [...instants(engine, period), limit],
        )
      ).map((r) => ({ reasonKey: String(r.reason_key), count: num(r.n) }));
    },

    async stepDurations(period: Period) {
      const { first, last } = riyadhDays(period);
      const rows = await run(
        `with stays as (
           select step_id, ${bucketSql('sum(gap_seconds)')} as b, ${dayOf(engine, 'max(at)')} as day
           from transaction_event where gap_seconds is not null group by transaction_id, step_id
         ), ranked as (
           select s.key as step_key, s.position, st.b,
             row_number() over (partition by s.key order by st.b) as rn,
             count(*) over (partition by s.key) as n
           from stays st join handling_step s on s.id = st.step_id
           where st.day >= ? and st.day <= ?
         )
         select step_key, min(position) as position, min(n) as n,
           ${bucketMsSql('min(case when rn = (n + 1) / 2 then b end)')} as median_ms,
           ${bucketMsSql('min(case when rn = (9 * n + 9) / 10 then b end)')} as p90_ms
         from ranked group by step_key order by min(position)`,
        [first, last],
      );
      return rows.map((r) => ({
        stepKey: String(r.step_key),
        position: num(r.position),
        transactions: num(r.n),
        medianDays: msToDays(r.median_ms) ?? 0,
        p90Days: msToDays(r.p90_ms) ?? 0,
      }));
    },

    async satisfaction(period: Period) {
      const { first, last } = riyadhDays(period);
      const { sql, params } = filterSql({ from: first, to: last });
      const [row] = await run(`select ${MEASURES} ${sql}`, params);
      return figuresOf(sumsOf(row ?? {}));
    },

    async satisfactionTrend(period: Period) {
      const { first, last } = riyadhDays(period);
      const { sql, params } = filterSql({ from: first, to: last });
      const rows = (
        await run(
          `select i.issued_month as month, ${MEASURES} ${sql} group by i.issued_month order by 1`,
          params,
        )
      ).map((r) => ({ month: String(r.month), figures: figuresOf(sumsOf(r)) }));
      return everyMonth(period, rows, (month) => ({ month, figures: figuresOf(sumsOf({})) }));
    },

    /** satisfactionReport's totals and distributions over the survey links and their answers. */
    async satisfactionTotals(f: SatisfactionFilterData) {
      const { sql, params } = filterSql(f);
      const counts = [
        ...OVERALL_SCORES.map((n) => `sum(case when r.overall = ${n} then 1 else 0 end) as o${n}`),
        ...RECOMMEND_SCORES.map(
          (n) => `sum(case when r.recommend = ${n} then 1 else 0 end) as r${n}`,
        ),
      ];
      const [row] = await run(`select ${MEASURES}, ${counts.join(', ')} ${sql}`, params);
      return { figures: figuresOf(sumsOf(row ?? {})), ...distributionsOf(row) };
    },

    /** transactionStats as one statement over every transaction and its decisions. */
    async transactionStats(filter: TransactionStatsFilter, by: TransactionDimension[]) {
      const day = dayOf(engine, 't.opened_at');
      const columns: Record<TransactionDimension, string> = {
        CHANNEL: 'c.key',
        STEP: 's.key',
        STATUS: 't.status',
        TYPE: 't.type',
        DAY: day,
        WEEK: 'cd.week',
        MONTH: 'cd.month',
        HIJRI_MONTH: 'cd.hijri_month',
        POLICY_VERSION: 'pv.number',
      };
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, ...values: unknown[]) => {
        where.push(sql);
        params.push(...values);
      };
      if (filter.from) add('t.opened_at >= ?', storedDate(engine, riyadhMidnight(filter.from)));
      if (filter.to) {
        const end = new Date(riyadhMidnight(filter.to).getTime() + 86_400_000);
        add('t.opened_at < ?', storedDate(engine, end));
      }
      if (filter.channelKey) add('c.key = ?', filter.channelKey);
      if (filter.type) add('t.type = ?', filter.type);
      if (filter.stepKey) add('s.key = ?', filter.stepKey);
      if (filter.status?.length)
        add(`t.status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
      if (filter.policyVersion != null) add('pv.number = ?', filter.policyVersion);
      const dims = by.map((d, i) => `${columns[d]} as d${i}`);
      const names = by.map((_, i) => `d${i}`);
      const partition = names.length ? `partition by ${names.join(', ')}` : '';
      const sql = `with base as (
          select ${[...dims, 't.status', `case when t.closed_at is not null then ${closeBucketSql(engine, 't')} end as close_b`, 'de.id as decision_id', `case when ${lateDecisionSql('de')} then 1 else 0 end as late`].join(', ')}
          from beneficiary_transaction t
          join channel c on c.id = t.channel_id
          join handling_step s on s.id = t.current_step_id
          join policy_version pv on pv.id = t.policy_version_id
          join calendar_day cd on cd.day = ${day}
          left join transaction_event de on de.transaction_id = t.id and de.kind in ('APPROVED', 'REJECTED')
          ${where.length ? `where ${where.join(' and ')}` : ''}
        ), ranked as (
          select base.*,
            row_number() over (${partition} order by case when close_b is null then 1 else 0 end, close_b) as rn,
            count(close_b) over (${partition}) as nc
          from base
        )
        select ${[...names, 'count(*) as n', `sum(case when status <> 'CLOSED' then 1 else 0 end) as open`, 'count(close_b) as closed', `${bucketMsSql('min(case when close_b is not null and rn = (nc + 1) / 2 then close_b end)')} as median_ms`, `${bucketMsSql('min(case when close_b is not null and rn = (9 * nc + 9) / 10 then close_b end)')} as p90_ms`, 'count(decision_id) as decisions', 'sum(case when decision_id is not null and late = 0 then 1 else 0 end) as on_time'].join(', ')}
        from ranked ${names.length ? `group by ${names.join(', ')} order by ${names.join(', ')}` : ''}`;
      return transactionRows(by, await run(sql, params));
    },
  };
}
