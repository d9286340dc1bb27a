/**
 * The triggers that keep the rollups (rollups.ts) in the writer's transaction. Each is a WHEN
 * condition and a few statements, written once in SQL both engines understand: SQLite runs them
 * as a trigger's body, PostgreSQL as a PL/pgSQL trigger function's (NEW and OLD are the row in
 * both). Timeline events are written once and never changed: their triggers are on INSERT and
 * DELETE only.
 */
import type { DatabaseEngine } from '../../config.js';
import { dayOf } from '../common/sql-dates.js';
import {
  addInto,
  answerMeasures,
  LINK_KEY,
  bucketSql,
  closeBucketSql,
  DECISION_KINDS,
  EVENT_KEY,
  lateSql,
  reasonSql,
  rebuildStatements,
  ROLLUP_TABLES,
  rollupTablesSql,
  SATISFACTION_KEY,
  SATISFACTION_SUMS,
  STAY_KEY,
  TX_KEY,
} from './rollups.js';

interface Trigger {
  name: string;
  /** e.g. `after insert on transaction_event` */
  on: string;
  when?: string;
  body: string[];
  /**
   * PostgreSQL only: a statement-level trigger over the statement's old rows (table `gone`),
   * running the body for each row of this query (as `r`).
   */
  forEachOf?: string;
}

function triggers(engine: DatabaseEngine): Trigger[] {
  const day = (at: string) => dayOf(engine, at);
  const differs = (a: string, b: string) =>
    engine === 'sqlite' ? `${a} is not ${b}` : `${a} is distinct from ${b}`;
  const later = (a: string, b: string) =>
    engine === 'sqlite' ? `max(${a}, ${b})` : `greatest(${a}, ${b})`;

  // A transaction's cell in rollup_transaction_day, and its decisions.
  const txKey = (t: string) => [
    day(`${t}.opened_at`),
    `${t}.channel_id`,
    `${t}.type`,
    `${t}.policy_version_id`,
    `${t}.current_step_id`,
    `${t}.status`,
    closeBucketSql(engine, t),
  ];
  const cell = (key: string[], values: string[]) =>
    key.map((k, i) => `${k} = ${values[i]}`).join(' and ');
  // `(e.kind || '')`, like a unary + on a number, keeps SQLite's planner on the transaction's
  // index rather than every decision's (kind, at) index entries, which grow with the data.
  const decisionsOf = (t: string) =>
    `(select count(*) from transaction_event e where e.transaction_id = ${t}.id and (e.kind || '') in ${DECISION_KINDS})`;
  const onTimeOf = (t: string) =>
    `(select coalesce(sum(1 - ${lateSql('e')}), 0) from transaction_event e where e.transaction_id = ${t}.id and (e.kind || '') in ${DECISION_KINDS})`;
  const addTransaction = (t: string) =>
    addInto(
      'rollup_transaction_day',
      TX_KEY,
      ['n', 'decisions', 'on_time'],
      `select ${[...txKey(t), '1', decisionsOf(t), onTimeOf(t)].join(', ')} where true`,
    );
  const removeTransaction = (t: string) => [
    `update rollup_transaction_day set n = n - 1, decisions = decisions - ${decisionsOf(t)}, on_time = on_time - ${onTimeOf(t)} where ${cell(TX_KEY, txKey(t))}`,
    `delete from rollup_transaction_day where n = 0 and ${cell(TX_KEY, txKey(t))}`,
  ];
  // The transaction's count on its beneficiary.
  const addToBeneficiary = (t: string) =>
    addInto(
      'rollup_beneficiary',
      ['beneficiary_id'],
      ['n'],
      `select ${t}.beneficiary_id, 1 where true`,
    );
  const removeFromBeneficiary = (t: string) => [
    `update rollup_beneficiary set n = n - 1 where beneficiary_id = ${t}.beneficiary_id`,
    `delete from rollup_beneficiary where n = 0 and beneficiary_id = ${t}.beneficiary_id`,
  ];
  const keyChanged = [
    differs('old.opened_at', 'new.opened_at'),
    differs('old.closed_at', 'new.closed_at'),
    ...['channel_id', 'type', 'policy_version_id', 'current_step_id', 'status'].map((c) =>
      differs(`old.${c}`, `new.${c}`),
    ),
  ].join(' or ');

  // An event's cell in rollup_event_day (its transaction's channel and type).
  const eventKey = (e: string) =>
    `select ${e}.kind, ${day(`${e}.at`)}, ${e}.step_id, t.channel_id, t.type, ${reasonSql(engine, e)}`;
  const ofTransaction = (e: string) =>
    `from beneficiary_transaction t where t.id = ${e}.transaction_id`;
  const addEvent = (e: string) =>
    addInto(
      'rollup_event_day',
      EVENT_KEY,
      ['n', 'late'],
      `${eventKey(e)}, 1, ${lateSql(e)} ${ofTransaction(e)}`,
    );
  const eventCell = (e: string) =>
    `(${EVENT_KEY.join(', ')}) = (${eventKey(e)} ${ofTransaction(e)})`;
  const removeEvent = (e: string) => [
    `update rollup_event_day set n = n - 1, late = late - ${lateSql(e)} where ${eventCell(e)}`,
    `delete from rollup_event_day where n = 0 and ${eventCell(e)}`,
  ];
  // The decision's count on its transaction's cell.
  const decisionOnCell = (e: string, sign: '+' | '-') =>
    `update rollup_transaction_day set decisions = decisions ${sign} 1, on_time = on_time ${sign} (1 - ${lateSql(e)})
     where ${e}.kind in ${DECISION_KINDS} and (${TX_KEY.join(', ')}) = (select ${txKey('t').join(', ')} from beneficiary_transaction t where t.id = ${e}.transaction_id)`;

  // A transaction's whole stay at a step: the gaps of its other events there, and when it last left.
  const others = (e: string, what: string, also: string) =>
    `(select ${what} from transaction_event x where x.transaction_id = ${e}.transaction_id and +x.step_id = ${e}.step_id and x.gap_seconds is not null${also})`;
  const stayCell = (seconds: string, at: string, step: string, sign: 1 | -1) =>
    sign === 1
      ? addInto(
          'rollup_stay_day',
          STAY_KEY,
          ['n'],
          `select ${day(at)}, ${step}, ${bucketSql(seconds)}, 1 where true`,
        )
      : `update rollup_stay_day set n = n - 1 where ${cell(STAY_KEY, [day(at), step, bucketSql(seconds)])}`;
  const dropEmptyStay = (seconds: string, at: string, step: string) =>
    `delete from rollup_stay_day where n = 0 and ${cell(STAY_KEY, [day(at), step, bucketSql(seconds)])}`;

  // A survey link's and its answer's sums.
  const answerSums = (r: string, sign: string) => answerMeasures(r).map((m) => `${sign} * (${m})`);
  const addSatisfaction = (select: string) =>
    addInto('rollup_satisfaction_day', SATISFACTION_KEY, SATISFACTION_SUMS, select);
  const answer = (sign: string, r: string) =>
    addSatisfaction(
      `select ${LINK_KEY('i')}, ${r}.mode, 0, ${sign}, ${answerSums(r, sign).join(', ')} from survey_invitation i where i.id = ${r}.invitation_id and i.revoked_at is null`,
    );
  // A survey link's own count and its answer's sums (none when revoked): `sign` -1 takes them off.
  // A survey link's own count (in the cell of mode '') and its answer's sums (in the cell of the
  // answer's mode), none while revoked: `sign` -1 takes them off.
  const link = (i: string, sign: string) => [
    addSatisfaction(
      `select ${LINK_KEY(i)}, '', ${sign}, ${SATISFACTION_SUMS.slice(1)
        .map(() => '0')
        .join(', ')} where ${i}.revoked_at is null`,
    ),
    addSatisfaction(
      `select ${LINK_KEY(i)}, r.mode, 0, ${sign}, ${answerSums('r', sign).join(', ')} from survey_response r where r.invitation_id = ${i}.id and ${i}.revoked_at is null`,
    ),
  ];
  const linkChanged = [
    'revoked_at',
    'issued_day',
    'channel_key',
    'transaction_type',
    'policy_version_number',
    'handling_bucket',
  ]
    .map((c) => differs(`old.${c}`, `new.${c}`))
    .join(' or ');
  const answerChanged = [
    'invitation_id',
    'mode',
    'overall',
    'courtesy',
    'clarity',
    'speed',
    'recommend',
  ]
    .map((c) => differs(`old.${c}`, `new.${c}`))
    .join(' or ');

  // The events written before this one (PostgreSQL runs a multi-row INSERT's row triggers after
  // the whole statement, in row order: the later rows are already there). A unary + keeps SQLite's
  // planner on the transaction's index (else it may scan every id below, or every event of the
  // step, which grows with the data); PostgreSQL reads it as the number itself.
  const prevSeconds = others('new', 'sum(x.gap_seconds)', ' and +x.id < new.id');
  const prevAt = others('new', 'max(x.at)', ' and +x.id < new.id');
  /**
   * Takes off the stay that included event(s) `e` (its gap_seconds, its at) and puts back the
   * stay of the events still there, if any.
   */
  const removeStay = (e: string) => {
    const restSeconds = others(e, 'sum(x.gap_seconds)', '');
    const restAt = others(e, 'max(x.at)', '');
    const was = [
      `(coalesce(${restSeconds}, 0) + ${e}.gap_seconds)`,
      later(`coalesce(${restAt}, ${e}.at)`, `${e}.at`),
      `${e}.step_id`,
    ] as const;
    return [
      stayCell(...was, -1),
      dropEmptyStay(...was),
      addInto(
        'rollup_stay_day',
        STAY_KEY,
        ['n'],
        `select ${day(restAt)}, ${e}.step_id, ${bucketSql(restSeconds)}, 1 where ${restSeconds} is not null`,
      ),
    ];
  };
  // A DELETE of several events of one stay: SQLite runs each row's trigger before the next row
  // goes, PostgreSQL after the whole statement, so there the stays are mended per transaction and
  // step over the deleted rows at once.
  const stayDelete: Trigger =
    engine === 'sqlite'
      ? {
          name: 'rollup_stay_delete',
          on: 'after delete on transaction_event',
          when: 'old.gap_seconds is not null',
          body: removeStay('old'),
        }
      : {
          name: 'rollup_stay_delete',
          on: 'after delete on transaction_event',
          forEachOf: `select transaction_id, step_id, sum(gap_seconds) as gap_seconds, max(at) as at
            from gone where gap_seconds is not null group by transaction_id, step_id`,
          body: removeStay('r'),
        };

  return [
    {
      name: 'rollup_transaction_insert',
      on: 'after insert on beneficiary_transaction',
      body: [addTransaction('new'), addToBeneficiary('new')],
    },
    {
      name: 'rollup_transaction_update',
      on: 'after update of opened_at, closed_at, channel_id, type, policy_version_id, current_step_id, status on beneficiary_transaction',
      when: keyChanged,
      body: [...removeTransaction('old'), addTransaction('new')],
    },
    {
      name: 'rollup_transaction_delete',
      on: 'after delete on beneficiary_transaction',
      body: [...removeTransaction('old'), ...removeFromBeneficiary('old')],
    },
    {
      name: 'rollup_beneficiary_update',
      on: 'after update of beneficiary_id on beneficiary_transaction',
      when: differs('old.beneficiary_id', 'new.beneficiary_id'),
      body: [...removeFromBeneficiary('old'), addToBeneficiary('new')],
    },
    {
      name: 'rollup_event_insert',
      on: 'after insert on transaction_event',
      body: [addEvent('new'), decisionOnCell('new', '+')],
    },
    {
      name: 'rollup_event_delete',
      on: 'after delete on transaction_event',
      body: [...removeEvent('old'), decisionOnCell('old', '-')],
    },
    {
      name: 'rollup_stay_insert',
      on: 'after insert on transaction_event',
      when: 'new.gap_seconds is not null',
      body: [
        stayCell(prevSeconds, prevAt, 'new.step_id', -1),
        dropEmptyStay(prevSeconds, prevAt, 'new.step_id'),
        stayCell(
          `(coalesce(${prevSeconds}, 0) + new.gap_seconds)`,
          later(`coalesce(${prevAt}, new.at)`, 'new.at'),
          'new.step_id',
          1,
        ),
      ],
    },
    stayDelete,
    {
      name: 'rollup_invitation_insert',
      on: 'after insert on survey_invitation',
      body: link('new', '1'),
    },
    {
      name: 'rollup_invitation_update',
      on: 'after update of revoked_at, issued_day, channel_key, transaction_type, policy_version_number, handling_bucket on survey_invitation',
      when: linkChanged,
      body: [...link('old', '-1'), ...link('new', '1')],
    },
    {
      name: 'rollup_invitation_delete',
      on: 'after delete on survey_invitation',
      body: link('old', '-1'),
    },
    {
      name: 'rollup_answer_insert',
      on: 'after insert on survey_response',
      body: [answer('1', 'new')],
    },
    {
      name: 'rollup_answer_update',
      on: 'after update of invitation_id, mode, overall, courtesy, clarity, speed, recommend on survey_response',
      when: answerChanged,
      body: [answer('-1', 'old'), answer('1', 'new')],
    },
    {
      name: 'rollup_answer_delete',
      on: 'after delete on survey_response',
      body: [answer('-1', 'old')],
    },
  ];
}

/** The statements creating every trigger on the engine. */
export function rollupTriggersSql(engine: DatabaseEngine): string[] {
  return triggers(engine).flatMap((t) =>
    engine === 'sqlite'
      ? [
          `create trigger ${t.name} ${t.on} for each row${t.when ? ` when ${t.when}` : ''} begin ${t.body.map((s) => `${s};`).join(' ')} end`,
        ]
      : t.forEachOf
        ? [
            `create function ${t.name}() returns trigger language plpgsql as $fn$ declare r record; begin for r in ${t.forEachOf} loop ${t.body.map((s) => `${s};`).join(' ')} end loop; return null; end $fn$`,
            `create trigger ${t.name} ${t.on} referencing old table as gone for each statement execute function ${t.name}()`,
          ]
        : [
            `create function ${t.name}() returns trigger language plpgsql as $fn$ begin ${t.body.map((s) => `${s};`).join(' ')} return null; end $fn$`,
            `create trigger ${t.name} ${t.on} for each row${t.when ? ` when (${t.when})` : ''} execute function ${t.name}()`,
          ],
  );
}

/**
 * The rollups made again from today's definitions: triggers and tables dropped, created, filled
 * from the raw rows (a migration, when a table's shape or a trigger changed).
 */
export function remakeRollupsSql(engine: DatabaseEngine): string[] {
  return [
    ...dropRollupTriggersSql(engine),
    ...ROLLUP_TABLES.map((table) => `drop table if exists ${table}`),
    ...rollupTablesSql(engine),
    ...rollupTriggersSql(engine),
    ...rebuildStatements(engine),
  ];
}

/**
 * The migrations that make the rollups, in the order they run. Each one's up() adds
 * rollupMigrationSql: the last makes the rollups from today's definitions (whatever shape a
 * database has), the others nothing. Whenever an earlier one is pending the last one is too, so
 * a database upgraded across several builds the rollups once (about 30 s at 1M transactions on
 * SQLite), not once per migration. A change to a rollup's table or trigger adds its migration at
 * the end of this list.
 */
export const ROLLUP_MIGRATIONS = [
  'Migration20261207_rollups',
  'Migration20261207_rollups_by_mode',
  'Migration20261207_rollup_beneficiary',
  'Migration20261207_rollup_scores',
] as const;

/** What the rollup migration `name` does on `engine` (ROLLUP_MIGRATIONS). */
export function rollupMigrationSql(
  engine: DatabaseEngine,
  name: (typeof ROLLUP_MIGRATIONS)[number],
): string[] {
  return name === ROLLUP_MIGRATIONS[ROLLUP_MIGRATIONS.length - 1] ? remakeRollupsSql(engine) : [];
}

/** The statements dropping them (a migration's down, or before recreating them). */
export function dropRollupTriggersSql(engine: DatabaseEngine): string[] {
  return triggers(engine).flatMap((t) =>
    engine === 'sqlite'
      ? [`drop trigger if exists ${t.name}`]
      : [
          `drop trigger if exists ${t.name} on ${t.on.split(' on ').pop()}`,
          `drop function if exists ${t.name}()`,
        ],
  );
}
