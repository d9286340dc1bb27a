import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testEngine, type TestDatabase } from '../test-support/test-app.js';
import { ormOptions } from './mikro-orm.config.js';

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
