/**
 * Rollups (issue 17): the dashboard's and the statistics' figures kept per Riyadh day as work
 * happens, so a period's figure sums days instead of reading every transaction and event.
 *
 * - `rollup_transaction_day`: transactions by the day they were opened × channel × type × policy
 *   version × where they stand now (current step, status) × days to close (a histogram bucket,
 *   -1 while not closed): how many, and their committee decisions, on time or not.
 * - `rollup_event_day`: timeline events by day × kind × step × channel × type × referral reason:
 *   how many, and how many were late decisions.
 * - `rollup_stay_day`: the time each transaction spent at each step (all its visits summed), by
 *   the day it last left the step × step × histogram bucket.
 * - `rollup_satisfaction_day`: the survey links issued per day × channel × type × policy version ×
 *   handling-time bucket (revoked ones left out), in the cells of mode '', and their answers'
 *   sums in the cells of the answer's mode (self or staff-assisted).
 *
 * Database triggers keep them, in the writer's own transaction, whoever writes (the app, the demo
 * generator, a restore): a rolled-back change leaves nothing behind. `rebuildRollups` recomputes
 * them from the raw rows (`pnpm masar rollups:rebuild`); rollups.api.test.ts checks, on both
 * engines, that after random work the figures read from them equal the raw-row statements'.
 * Not entities: listed in schemaGenerator.skipTables, created by Migration20261207_rollups.
 * Changing a definition here needs a migration that drops and recreates the triggers, then
 * rebuilds.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { dayOf } from '../common/sql-dates.js';
import { lateDecisionSql } from '../transactions/transaction-facts.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';

export const ROLLUP_TABLES = [
  'rollup_transaction_day',
  'rollup_event_day',
  'rollup_stay_day',
  'rollup_satisfaction_day',
  'rollup_beneficiary',
] as const;

/** The tables whose rows the rollups count (their triggers keep them). */
export const ROLLUP_SOURCE_TABLES = [
  'beneficiary_transaction',
  'transaction_event',
  'survey_invitation',
  'survey_response',
] as const;

/** The decision events: the committee's answer. */
export const DECISION_KINDS = `('APPROVED', 'REJECTED')`;

/**
 * Stays and times to close are counted in buckets: a tenth of a day up to ten days (buckets 0–99),
 * then whole days (bucket 90 + days: 100 for ten days). A median or 90th percentile is its
 * bucket's lower bound, exact to the tenth of a day shown below ten days, to the day above.
 */
export const bucketSql = (seconds: string) =>
  `(case when ${seconds} < 864000 then ${seconds} / 8640 else 90 + ${seconds} / 86400 end)`;

/** SQL: a bucket's lower bound in milliseconds. */
export const bucketMsSql = (bucket: string) =>
  `(case when ${bucket} < 100 then cast(${bucket} as bigint) * 8640000 else (cast(${bucket} as bigint) - 90) * 86400000 end)`;

/** SQL: whole seconds from `earlier` to `later`. */
const secondsSql = (engine: DatabaseEngine, later: string, earlier: string) =>
  engine === 'sqlite'
    ? `((${later} - ${earlier}) / 1000)`
    : `(floor(extract(epoch from (${later} - ${earlier}))))::bigint`;

/** SQL: a transaction row's days-to-close bucket, -1 while it is not closed. */
export const closeBucketSql = (engine: DatabaseEngine, t: string) =>
  `(case when ${t}.closed_at is null then -1 else ${bucketSql(secondsSql(engine, `${t}.closed_at`, `${t}.opened_at`))} end)`;

/** SQL: 1 when the event `e` is a late decision (transaction-facts' definition), else 0. */
export const lateSql = (e: string) =>
  `(case when ${e}.kind in ${DECISION_KINDS} and ${lateDecisionSql(e)} then 1 else 0 end)`;

/** SQL: the referral reason of a REFERRED event, '' for any other (a key column is never null). */
export const reasonSql = (engine: DatabaseEngine, e: string) => {
  const reason =
    engine === 'sqlite' ? `json_extract(${e}.data, '$.reason')` : `(${e}.data::json ->> 'reason')`;
  return `(case when ${e}.kind = 'REFERRED' then coalesce(${reason}, '') else '' end)`;
};

/** The scores of an answer's overall satisfaction (1–5) and recommendation (0–10). */
export const OVERALL_SCORES = [1, 2, 3, 4, 5];
export const RECOMMEND_SCORES = [...Array(11).keys()];

/**
 * An answer's measures as SQL over the survey_response alias `r`, in SATISFACTION_SUMS' order
 * after invitations and responses: satisfied, promoters, detractors, the sums of each score, then the answers by score (the distributions).
 */
export const answerMeasures = (r: string) => [
  `case when ${r}.overall >= 4 then 1 else 0 end`,
  `case when ${r}.recommend >= 9 then 1 else 0 end`,
  `case when ${r}.recommend <= 6 then 1 else 0 end`,
  ...['overall', 'courtesy', 'clarity', 'speed', 'recommend'].map((c) => `${r}.${c}`),
  ...OVERALL_SCORES.map((n) => `case when ${r}.overall = ${n} then 1 else 0 end`),
  ...RECOMMEND_SCORES.map((n) => `case when ${r}.recommend = ${n} then 1 else 0 end`),
];

/** A survey link's key columns (alias `i`) before the mode. */
export const LINK_KEY = (i: string) =>
  ['issued_day', 'channel_key', 'transaction_type', 'policy_version_number', 'handling_bucket']
    .map((c) => `${i}.${c}`)
    .join(', ');

const TX_KEY = [
  'day',
  'channel_id',
  'type',
  'policy_version_id',
  'step_id',
  'status',
  'close_bucket',
];
const EVENT_KEY = ['kind', 'day', 'step_id', 'channel_id', 'type', 'reason'];
const STAY_KEY = ['day', 'step_id', 'bucket'];
const SATISFACTION_KEY = [
  'day',
  'channel_key',
  'transaction_type',
  'policy_version_number',
  'handling_bucket',
  'mode',
];
const SATISFACTION_SUMS = [
  'invitations',
  'responses',
  'satisfied',
  'promoters',
  'detractors',
  'sum_overall',
  'sum_courtesy',
  'sum_clarity',
  'sum_speed',
  'sum_recommend',
  // The answers by score: satisfactionReport's distributions.
  ...OVERALL_SCORES.map((n) => `o${n}`),
  ...RECOMMEND_SCORES.map((n) => `r${n}`),
];

/** The tables, with the same columns on both engines. */
export function rollupTablesSql(engine: DatabaseEngine): string[] {
  const text = engine === 'sqlite' ? 'text' : 'varchar(255)';
  const day = engine === 'sqlite' ? 'text' : 'varchar(10)';
  const tail = engine === 'sqlite' ? ' without rowid' : '';
  const table = (name: string, cols: string[], key: string[]) =>
    `create table ${name} (${cols.join(', ')}, primary key (${key.join(', ')}))${tail}`;
  return [
    table(
      'rollup_transaction_day',
      [
        `day ${day} not null`,
        'channel_id integer not null',
        `type ${text} not null`,
        'policy_version_id integer not null',
        'step_id integer not null',
        `status ${text} not null`,
        'close_bucket integer not null',
        'n integer not null',
        'decisions integer not null',
        'on_time integer not null',
      ],
      TX_KEY,
    ),
    'create index rollup_transaction_day_status_index on rollup_transaction_day (status)',
    table(
      'rollup_event_day',
      [
        `kind ${text} not null`,
        `day ${day} not null`,
        'step_id integer not null',
        'channel_id integer not null',
        `type ${text} not null`,
        `reason ${text} not null`,
        'n integer not null',
        'late integer not null',
      ],
      EVENT_KEY,
    ),
    table(
      'rollup_stay_day',
      [
        `day ${day} not null`,
        'step_id integer not null',
        'bucket integer not null',
        'n integer not null',
      ],
      STAY_KEY,
    ),
    table(
      'rollup_satisfaction_day',
      [
        `day ${day} not null`,
        `channel_key ${text} not null`,
        `transaction_type ${text} not null`,
        'policy_version_number integer not null',
        `handling_bucket ${text} not null`,
        `mode ${text} not null`,
        ...SATISFACTION_SUMS.map((c) => `${c} integer not null`),
      ],
      SATISFACTION_KEY,
    ),
    // Each beneficiary's transactions: a name search counts its matches as a sum over the
    // matching names (transaction.repository.ts), not by reading every matching transaction.
    table(
      'rollup_beneficiary',
      ['beneficiary_id integer not null', 'n integer not null'],
      ['beneficiary_id'],
    ),
  ];
}

/** INSERT … ON CONFLICT that adds the row's measures to the cell's (or creates the cell). */
function addInto(table: string, key: string[], measures: string[], select: string): string {
  const cols = [...key, ...measures];
  const add = measures.map((m) => `${m} = ${table}.${m} + excluded.${m}`).join(', ');
  return `insert into ${table} (${cols.join(', ')}) ${select} on conflict (${key.join(', ')}) do update set ${add}`;
}

/** The statements that fill every rollup from the raw rows (after emptying them). */
export function rebuildStatements(engine: DatabaseEngine): string[] {
  const day = (at: string) => dayOf(engine, at);
  const decision = `e.kind in ${DECISION_KINDS}`;
  const late = lateSql('e');
  return [
    ...ROLLUP_TABLES.map((t) => `delete from ${t}`),
    `insert into rollup_transaction_day (${TX_KEY.join(', ')}, n, decisions, on_time)
     select ${day('t.opened_at')}, t.channel_id, t.type, t.policy_version_id, t.current_step_id,
       t.status, ${closeBucketSql(engine, 't')}, count(*), sum(coalesce(d.decisions, 0)),
       sum(coalesce(d.on_time, 0))
     from beneficiary_transaction t left join (
       select e.transaction_id, count(*) as decisions, sum(1 - ${late}) as on_time
       from transaction_event e where ${decision} group by e.transaction_id
     ) d on d.transaction_id = t.id
     group by 1, 2, 3, 4, 5, 6, 7`,
    `insert into rollup_event_day (${EVENT_KEY.join(', ')}, n, late)
     select e.kind, ${day('e.at')}, e.step_id, t.channel_id, t.type, ${reasonSql(engine, 'e')},
       count(*), sum(${late})
     from transaction_event e join beneficiary_transaction t on t.id = e.transaction_id
     group by 1, 2, 3, 4, 5, 6`,
    `insert into rollup_stay_day (day, step_id, bucket, n)
     select ${day('s.last_at')}, s.step_id, ${bucketSql('s.seconds')}, count(*)
     from (
       select transaction_id, step_id, sum(gap_seconds) as seconds, max(at) as last_at
       from transaction_event where gap_seconds is not null group by transaction_id, step_id
     ) s group by 1, 2, 3`,
    `insert into rollup_satisfaction_day (${[...SATISFACTION_KEY, ...SATISFACTION_SUMS].join(', ')})
     select ${LINK_KEY('i')}, '', count(*), ${SATISFACTION_SUMS.slice(1)
       .map(() => '0')
       .join(', ')}
     from survey_invitation i where i.revoked_at is null group by 1, 2, 3, 4, 5`,
    `insert into rollup_satisfaction_day (${[...SATISFACTION_KEY, ...SATISFACTION_SUMS].join(', ')})
     select ${LINK_KEY('i')}, r.mode, 0, count(*), ${answerMeasures('r')
       .map((m) => `sum(${m})`)
       .join(', ')}
     from survey_invitation i join survey_response r on r.invitation_id = i.id
     where i.revoked_at is null group by 1, 2, 3, 4, 5, 6`,
    `insert into rollup_beneficiary (beneficiary_id, n)
     select beneficiary_id, count(*) from beneficiary_transaction group by beneficiary_id`,
  ];
}

/**
 * PostgreSQL only: the rollups' triggers off for a bulk load into tables nothing else writes
 * meanwhile (PL/pgSQL per row made the demo generator three times slower), or on again; the
 * tables' own triggers (foreign keys) stay. After a load, `rebuildRollups`.
 */
export async function switchRollupTriggers(
  conn: ReturnType<EntityManager['getConnection']>,
  to: 'enable' | 'disable',
): Promise<void> {
  for (const table of ROLLUP_SOURCE_TABLES) {
    await conn.execute(`alter table ${table} ${to} trigger user`);
  }
}

/**
 * Recomputes every rollup from the raw rows, in one database transaction; `onTable` hears of each
 * table once filled (its rows, the seconds it took). With an `actor` (the command line), the
 * rebuild and each table's rows are written to the audit trail in the same transaction.
 */
export async function rebuildRollups(
  em: EntityManager,
  engine: DatabaseEngine,
  onTable?: (table: string, rows: number, seconds: number) => void,
  actor?: Actor,
): Promise<void> {
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const statements = rebuildStatements(engine);
    const tableOf = (sql: string | undefined) => /^insert into (\w+)/.exec(sql ?? '')?.[1];
    const rows: Record<string, number> = {};
    let started = Date.now();
    for (const [i, sql] of statements.entries()) {
      await conn.execute(sql, [], 'run', ctx);
      const table = tableOf(sql);
      // A table may take several statements (the survey links, then their answers).
      if (!table || tableOf(statements[i + 1]) === table) continue;
      const [row] = (await conn.execute(`select count(*) as n from ${table}`, [], 'all', ctx)) as {
        n: unknown;
      }[];
      rows[table] = Number(row?.n);
      onTable?.(table, rows[table], (Date.now() - started) / 1000);
      started = Date.now();
    }
    if (actor)
      recordAudit(tx, actor, { action: 'rollups.rebuild', targetType: 'Rollups', after: rows });
  });
}

export { addInto, TX_KEY, EVENT_KEY, STAY_KEY, SATISFACTION_KEY, SATISFACTION_SUMS };
