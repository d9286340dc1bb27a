/**
 * Writes demo rows with multi-row INSERTs, their columns read from the entities' metadata: a row
 * is an object keyed by the entity's property names (relations by id, dates as epoch
 * milliseconds), and each table's column list, order and conversions come from MikroORM.
 */
import Database from 'better-sqlite3';
import {
  ReferenceKind,
  type EntityClass,
  type EntityKey,
  type EntityProperty,
  type MikroORM,
} from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';

/** A value as the generator gives it: dates as epoch milliseconds, relations as ids. */
type Value = string | number | boolean | object | null;

/** One row of entity `T`, keyed by property name; a property left out takes its default or null. */
export type Row<T> = { [K in EntityKey<T>]?: Value };

interface Column {
  prop: string;
  field: string;
  /** Turns the generator's value into the driver's. */
  convert: (value: Value) => unknown;
  /** Used when the row leaves the property out. */
  fallback: unknown;
  /** Must be given: NOT NULL without a default. */
  required: boolean;
}

const STORED = [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE];

/** The stored columns of an entity, in its metadata's order, with their conversions. */
export function columnsOf(
  orm: MikroORM,
  entity: EntityClass<unknown>,
  engine: DatabaseEngine,
): Column[] {
  const sqlite = engine === 'sqlite';
  const ms = (v: Value) => Math.round(v as number);
  const toDb = {
    date: sqlite ? ms : (v: Value) => new Date(ms(v)),
    boolean: sqlite ? (v: Value) => (v ? 1 : 0) : (v: Value) => v,
    json: (v: Value) => (typeof v === 'string' ? v : JSON.stringify(v)),
    plain: (v: Value) => v,
  };
  const meta = orm.getMetadata().get(entity.name);
  return meta.props
    .filter(
      (p: EntityProperty) =>
        STORED.includes(p.kind) &&
        (p.kind !== ReferenceKind.ONE_TO_ONE || p.owner) &&
        p.persist !== false &&
        !p.formula &&
        p.fieldNames?.length === 1,
    )
    .map((p: EntityProperty) => {
      const kind =
        p.kind !== ReferenceKind.SCALAR
          ? 'plain'
          : p.runtimeType === 'Date'
            ? 'date'
            : p.runtimeType === 'boolean'
              ? 'boolean'
              : p.runtimeType === 'object'
                ? 'json'
                : 'plain';
      const convert = toDb[kind];
      return {
        prop: p.name,
        field: p.fieldNames[0]!,
        convert: (v: Value) => (v === null ? null : convert(v)),
        fallback: p.default == null ? null : convert(p.default as Value),
        required: !p.nullable && p.default == null && !p.primary,
      };
    });
}

/** Buffers the rows of one table and writes them in multi-row INSERTs. */
export class TableWriter<T> {
  private rows: unknown[][] = [];
  private checked = false;
  private readonly perStatement: number;
  readonly table: string;
  written = 0;

  constructor(
    orm: MikroORM,
    entity: EntityClass<T>,
    engine: DatabaseEngine,
    private readonly columns: Column[],
    private readonly flushRows: (sql: string, params: unknown[]) => void,
  ) {
    this.table = orm.getMetadata().get(entity.name).tableName;
    // As many rows as stay under SQLite's (32,766) and PostgreSQL's (65,535) bound parameters.
    this.perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  }

  get buffered() {
    return this.rows.length;
  }

  /** Buffers a row; rows are written by `flush`, tables in the order rows may point at each other. */
  add(row: Row<T>) {
    const values = row as Record<string, Value | undefined>;
    if (!this.checked) {
      const missing = this.columns.filter((c) => c.required && values[c.prop] === undefined);
      if (missing.length)
        throw new Error(`${this.table}: no value for ${missing.map((c) => c.prop).join(', ')}`);
      this.checked = true;
    }
    this.rows.push(
      this.columns.map((c) => {
        const v = values[c.prop];
        return v === undefined ? c.fallback : c.convert(v);
      }),
    );
  }

  flush() {
    const one = `(${this.columns.map(() => '?').join(', ')})`;
    const names = this.columns.map((c) => c.field).join(', ');
    for (let i = 0; i < this.rows.length; i += this.perStatement) {
      const chunk = this.rows.slice(i, i + this.perStatement);
      const sql = `insert into ${this.table} (${names}) values ${chunk.map(() => one).join(', ')}`;
      this.flushRows(sql, chunk.flat());
    }
    this.written += this.rows.length;
    this.rows = [];
  }
}

/**
 * The tables being filled and their pending statements, committed together: on SQLite through
 * better-sqlite3's own prepared statements (cached per statement text) in one transaction per
 * batch, several times faster than the query builder; on PostgreSQL in one ORM transaction.
 */
export class DemoSink {
  private pending: { sql: string; params: unknown[] }[] = [];
  private readonly writers: TableWriter<unknown>[] = [];
  private readonly native: Database.Database | null;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly orm: MikroORM,
    private readonly engine: DatabaseEngine,
    sqliteFile?: string,
  ) {
    this.native = sqliteFile ? new Database(sqliteFile) : null;
  }

  /** A writer for the entity's table; tables are flushed in the order they were asked for. */
  table<T>(entity: EntityClass<T>): TableWriter<T> {
    const writer = new TableWriter(
      this.orm,
      entity,
      this.engine,
      columnsOf(this.orm, entity as EntityClass<unknown>, this.engine),
      (sql, params) => this.pending.push({ sql, params }),
    );
    this.writers.push(writer as TableWriter<unknown>);
    return writer;
  }

  /** Rows of every table, written or buffered. */
  rows() {
    return this.writers.reduce((s, w) => s + w.written + w.buffered, 0);
  }

  tables() {
    return this.writers.map((w) => w.table);
  }

  async commit() {
    for (const w of this.writers) w.flush();
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    const native = this.native;
    if (native) {
      native.transaction(() => {
        for (const { sql, params } of batch) {
          let statement = this.statements.get(sql);
          if (!statement) this.statements.set(sql, (statement = native.prepare(sql)));
          statement.run(...params);
        }
      })();
      return;
    }
    const conn = this.orm.em.getConnection();
    await conn.transactional(async (trx) => {
      for (const { sql, params } of batch) await conn.execute(sql, params, 'run', trx);
    });
  }

  close() {
    this.native?.close();
  }
}
