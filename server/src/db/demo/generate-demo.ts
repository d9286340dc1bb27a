/**
 * Realistic demo data at any size: beneficiaries, transactions through the policy's steps with
 * believable timings (some committee decisions late), survey answers, improvement actions,
 * suggestions and complaints, spread over the 18 months before `now`. Deterministic for a seed.
 *
 * Rows are written with multi-row INSERTs in large transactions (the ORM's unit of work is
 * far too slow for a million transactions), their columns read from the entities' metadata
 * (table-writer.ts); ids are assigned here so rows can point at each other, and PostgreSQL's
 * sequences are moved past them at the end. One file per kind of row: demo-users.ts,
 * beneficiaries.ts, households.ts, documents.ts, transactions.ts (with their timelines),
 * support.ts (awards and deliveries), surveys.ts, feedback.ts.
 */
import type { MikroORM } from '@mikro-orm/core';
import { rebuildRollups, switchRollupTriggers } from '../../modules/analytics/rollups.js';
import type { DatabaseEngine } from '../../config.js';
import { writeBeneficiaries } from './beneficiaries.js';
import { demoContext } from './demo-context.js';
import { DEMO_PASSWORD } from './demo-users.js';
import { writeFeedback } from './feedback.js';
import { writeHouseholds } from './households.js';
import { storeSampleFiles, writeDocuments } from './documents.js';
import { DocumentType } from '../../modules/documents/document-type.entity.js';
import { random } from './random.js';
import { writeSurvey } from './surveys.js';
import { writeTransaction } from './transactions.js';

export { DEMO_PASSWORD } from './demo-users.js';

export interface DemoOptions {
  engine: DatabaseEngine;
  /** SQLite: the database file, written through better-sqlite3's own prepared statements. */
  sqliteFile?: string;
  /** The data directory: the demo documents' sample files are stored in it (none without it). */
  dataDir?: string;
  transactions: number;
  seed?: number;
  now?: Date;
  /** Called as work proceeds: transactions written so far, and rows of every table. */
  onProgress?: (done: number, total: number, rows: number) => void;
}

export interface DemoSummary {
  users: number;
  beneficiaries: number;
  households: number;
  householdMembers: number;
  documents: number;
  transactions: number;
  events: number;
  /** What the committee approved (or is deciding) on support requests, and its deliveries. */
  supportAwards: number;
  supportDeliveries: number;
  invitations: number;
  responses: number;
  improvementActions: number;
  feedbackItems: number;
  rows: number;
  seconds: number;
  /** Password of the demo users (staff1…, manager1, analyst1 …). */
  password: string;
}

export async function generateDemo(orm: MikroORM, options: DemoOptions): Promise<DemoSummary> {
  const started = Date.now();
  const n = options.transactions;
  if (!Number.isInteger(n) || n < 1 || n > 5_000_000)
    throw new Error('--transactions must be 1 to 5,000,000');
  const em = orm.em.fork();
  const conn = em.getConnection();
  if (Number((await conn.execute('select count(*) as n from beneficiary_transaction'))[0]!.n) > 0) {
    throw new Error(
      'The database already has transactions: demo data goes into an empty database.',
    );
  }

  const ctx = await demoContext(orm, em, {
    engine: options.engine,
    sqliteFile: options.sqliteFile,
    seed: options.seed ?? 1,
    now: (options.now ?? new Date()).getTime(),
  });
  const { sink, tables } = ctx;
  // PostgreSQL runs the rollups' triggers (modules/analytics/rollups.ts) as PL/pgSQL per row,
  // which made the generator three times slower: they are off while it writes into the empty
  // database it insists on (for every session: nothing else writes there meanwhile), on again
  // whatever happens, and the rollups are built once at the end.
  // SQLite's triggers cost it about a tenth and stay on.
  const bulk = options.engine === 'postgresql';
  if (bulk) await switchRollupTriggers(conn, 'disable');
  try {
    // Beneficiaries: about one for every 2.5 transactions (many come back).
    const people = writeBeneficiaries(ctx, Math.max(20, Math.ceil(n / 2.5)));
    await sink.commit();
    // Their households, a slice at a time (about four rows each), from a random source of their
    // own: the rest of the data stays the same for a seed.
    const householdRnd = random(ctx.seed * 7_919 + 17);
    for (let i = 0; i < people.length; i += 25_000) {
      writeHouseholds(ctx, householdRnd, people.slice(i, i + 25_000));
      await sink.commit();
    }

    // The documents on their files: rows only, all naming one sample PDF stored once (as do
    // the delivery receipts: one sample PDF and one signature PNG).
    const types = new Map(
      (await em.find(DocumentType, {}, { fields: ['key'] })).map((t) => [t.key, t.id] as const),
    );
    if (options.dataDir) storeSampleFiles(options.dataDir);
    const documentRnd = random(ctx.seed * 6_151 + 29);
    for (let i = 0; i < people.length; i += 25_000) {
      writeDocuments(ctx, documentRnd, people.slice(i, i + 25_000), types);
      await sink.commit();
    }

    const progressEvery = Math.max(1, Math.floor(n / 200));
    for (let i = 0; i < n; i++) {
      const tx = writeTransaction(ctx, i, n, people);
      writeSurvey(ctx, tx);
      writeFeedback(ctx, tx);
      if ((i + 1) % 25_000 === 0) await sink.commit();
      if ((i + 1) % progressEvery === 0 || i + 1 === n) options.onProgress?.(i + 1, n, sink.rows());
    }
    await sink.commit();
  } finally {
    sink.close();
    if (bulk) await switchRollupTriggers(conn, 'enable');
  }
  if (bulk) await rebuildRollups(em, options.engine);

  if (options.engine !== 'sqlite') {
    for (const table of sink.tables()) {
      await conn.execute(
        `select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from ${table}), 1))`,
      );
    }
  }
  await conn.execute('analyze');

  return {
    users: ctx.users.count,
    beneficiaries: tables.beneficiaries.written,
    households: tables.households.written,
    householdMembers: tables.householdMembers.written,
    documents: tables.documents.written,
    transactions: tables.transactions.written,
    events: tables.events.written,
    supportAwards: tables.awards.written,
    supportDeliveries: tables.deliveries.written,
    invitations: tables.invitations.written,
    responses: tables.responses.written,
    improvementActions: tables.actions.written,
    feedbackItems: tables.feedback.written,
    rows: sink.rows(),
    seconds: (Date.now() - started) / 1000,
    password: DEMO_PASSWORD,
  };
}
