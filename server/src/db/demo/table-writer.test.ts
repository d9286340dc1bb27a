import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../mikro-orm.config.js';
import { SurveyResponse } from '../../modules/satisfaction/survey.entity.js';
import { TransactionEvent } from '../../modules/transactions/transaction.entity.js';
import { columnsOf, TableWriter } from './table-writer.js';

describe('demo table writer: columns from the entities', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    const file = path.join(os.tmpdir(), 'masar-demo-writer', 'unused.db');
    orm = await MikroORM.init({
      ...ormOptions({ engine: 'sqlite', databaseUrl: file }),
      connect: false,
    });
  });
  afterAll(async () => orm?.close(true));

  const written = (engine: 'sqlite' | 'postgresql', row: Record<string, unknown>) => {
    const out: { sql: string; params: unknown[] }[] = [];
    const entity = SurveyResponse;
    const writer = new TableWriter(orm, entity, engine, columnsOf(orm, entity, engine), (sql, p) =>
      out.push({ sql, params: p }),
    );
    writer.add(row);
    writer.flush();
    return out[0]!;
  };
  const answer = {
    id: 7,
    createdAt: 1_700_000_000_000.4,
    updatedAt: 1_700_000_000_000,
    invitation: 3,
    submittedAt: 1_700_000_000_000,
    mode: 'SELF',
    overall: 5,
    courtesy: 5,
    clarity: 4,
    speed: 5,
    recommend: 9,
  };

  it("lists every stored column of the entity, in its metadata's order", () => {
    const { sql } = written('sqlite', answer);
    const fields = orm
      .getMetadata()
      .get(SurveyResponse.name)
      .props.filter((p) => p.fieldNames?.length === 1 && p.kind !== '1:m')
      .map((p) => p.fieldNames[0]);
    expect(sql).toBe(
      `insert into survey_response (${fields.join(', ')}) values (${fields.map(() => '?').join(', ')})`,
    );
  });

  it('converts dates and booleans for the engine, and fills left-out columns with their default or null', () => {
    const sqlite = written('sqlite', answer);
    const pg = written('postgresql', answer);
    const at = (fields: unknown[], name: string) =>
      fields[
        orm
          .getMetadata()
          .get(SurveyResponse.name)
          .props.filter((p) => p.fieldNames?.length === 1 && p.kind !== '1:m')
          .findIndex((p) => p.name === name)
      ];
    expect(at(sqlite.params, 'createdAt')).toBe(1_700_000_000_000);
    expect(at(pg.params, 'createdAt')).toEqual(new Date(1_700_000_000_000));
    expect(at(sqlite.params, 'selfRated')).toBe(0);
    expect(at(pg.params, 'selfRated')).toBe(false);
    expect(at(sqlite.params, 'comment')).toBeNull();
    expect(at(sqlite.params, 'invitation')).toBe(3);
  });

  it('refuses a row that leaves out a column that has neither a default nor null', () => {
    const writer = new TableWriter(
      orm,
      TransactionEvent,
      'sqlite',
      columnsOf(orm, TransactionEvent, 'sqlite'),
      () => {},
    );
    expect(() => writer.add({ id: 1, kind: 'OPENED' })).toThrow(
      /^transaction_event: no value for transaction, step, actorName, at$/,
    );
  });
});
