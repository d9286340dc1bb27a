import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testEngine, type TestDatabase } from '../test-support/test-app.js';
import { ormOptions } from './mikro-orm.config.js';
import { ROLLUP_MIGRATIONS } from '../modules/analytics/rollup-triggers.js';

describe(`migrations (${testEngine})`, () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await MikroORM.init(ormOptions(db.config));
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('apply from an empty database', async () => {
    const applied = await orm.getMigrator().up();
    expect(applied.length).toBeGreaterThan(0);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  });

  it('build the rollups once on a new database, however many rollup migrations it runs', async () => {
    const fresh = await createTestDatabase();
    const log: string[] = [];
    const counted = await MikroORM.init({
      ...ormOptions(fresh.config),
      debug: ['query'],
      logger: (message: string) => log.push(message),
    });
    try {
      const applied = (await counted.getMigrator().up()).map((m) => m.name);
      // Every rollup migration ran, in its place (rollup-triggers.ts, ROLLUP_MIGRATIONS) …
      expect(applied.filter((name) => ROLLUP_MIGRATIONS.some((r) => r === name))).toEqual([
        ...ROLLUP_MIGRATIONS,
      ]);
      // … and the rollups were made and filled once: a rebuild at 1M takes about 30 s.
      // The statements themselves (a trigger's body inserts into the rollups too).
      const statements = log.map((q) => stripVTControlCharacters(q).replace(/^\[query\] /, ''));
      const fills = statements.filter((q) => q.startsWith('insert into rollup_transaction_day ('));
      expect(fills).toHaveLength(1);
      const made = statements.filter((q) => q.startsWith('create table rollup_transaction_day'));
      expect(made).toHaveLength(1);
    } finally {
      await counted.close(true);
      await fresh.drop();
    }
  });

  it(`cover every entity change (run \`pnpm migration:create\` for both engines when this fails)`, async () => {
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });
  /**
   * Every foreign key has an index that starts with it: SQLite's migrations made one for each,
   * PostgreSQL makes none by itself (the entities declare them: @Index). Without it a
   * transaction's timeline, survey links and feedback, a user's sessions and tokens are read by
   * scanning the whole table on PostgreSQL. The one exception is the policy's small join table
   * of steps and tools, whose primary key (handling_step_id, tool_id) serves its reads.
   */
  it('index every foreign key, on both engines', async () => {
    const sql =
      testEngine === 'postgresql'
        ? `select c.conrelid::regclass::text as tbl, a.attname as col,
                  exists (select 1 from pg_index i
                           where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]) as indexed
             from pg_constraint c
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and array_length(c.conkey, 1) = 1`
        : `select m.name as tbl, f."from" as col,
                  exists (select 1 from pragma_index_list(m.name) l
                            join pragma_index_info(l.name) i
                           where i.seqno = 0 and i.name = f."from") as indexed
             from sqlite_master m join pragma_foreign_key_list(m.name) f
            where m.type = 'table'`;
    type ForeignKey = { tbl: string; col: string; indexed: boolean | number };
    const rows = (await orm.em.getConnection().execute(sql)) as ForeignKey[];
    expect(rows.length).toBeGreaterThan(40);
    const unindexed = rows
      .filter((r) => !r.indexed)
      .map((r) => `${r.tbl}.${r.col}`)
      .filter((k) => k !== 'handling_step_tool.tool_id');
    expect(unindexed).toEqual([]);
  });
});
