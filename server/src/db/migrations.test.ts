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
});
