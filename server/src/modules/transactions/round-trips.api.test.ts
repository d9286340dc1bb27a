/**
 * Issue 15, item 10: what an officer's commonest actions cost the database, in statements and,
 * on PostgreSQL, in round trips counted on the real driver (each costs the app about as much CPU
 * as a small statement: README, "Writes"). The policy version's steps, checklists and channels
 * come from memory (policy/version-shape.ts), and a mutation's BEGIN carries its statement
 * timeout (protection/operation-scope.ts); a change that brings back a per-action read of the
 * policy, or a round trip of its own for the timeout, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createBeneficiary, openTransaction } from '../../test-support/fixtures.js';

const OPEN =
  'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } errors { code } } }';
const COMPLETE =
  'mutation($i: TransactionCompleteStepInput!) { transactionCompleteStep(input: $i) { transaction { id version } errors { code } } }';

type PgClientClass = { prototype: { query: (...args: unknown[]) => unknown } };

describe(`the statements and round trips of opening and advancing a transaction (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let beneficiaryId: string;
  let checklist: string[];

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'rt-officer');
    beneficiaryId = await createBeneficiary(officer, '107766554');
    const steps = await officer.graphql<{
      handlingSteps: { checklist: { key: string; required: boolean }[] }[];
    }>('{ handlingSteps { checklist { key required } } }');
    checklist = steps.data!.handlingSteps[0]!.checklist.filter((i) => i.required).map((i) => i.key);
    // The first action of the process reads the version's shape once; it is not measured.
    await openTransaction(officer, beneficiaryId, 'PHONE');
  });
  afterAll(async () => server?.stop());

  /**
   * Runs one request; returns its SQL as the ORM logged it and, on PostgreSQL, the number of
   * queries the pg driver sent (every one a round trip, the rate limiter's included).
   */
  async function measure<T>(run: () => Promise<T>) {
    await officer.graphql('{ me { id } }'); // a due session touch falls outside the measure
    const knex = server.app.orm.em.getConnection() as unknown as {
      getKnex(): { client: { driver?: { Client?: PgClientClass } } };
    };
    const pgClient = testEngine === 'postgresql' ? knex.getKnex().client.driver!.Client! : null;
    const query = pgClient?.prototype.query;
    let roundTrips = 0;
    if (pgClient) {
      pgClient.prototype.query = function (this: unknown, ...args: unknown[]) {
        roundTrips++;
        return query!.apply(this, args);
      };
    }
    server.resetQueries();
    try {
      const result = await run();
      return { result, statements: server.queries.map(verbOf), roundTrips };
    } finally {
      if (pgClient) pgClient.prototype.query = query!;
    }
  }

  /** A logged statement reduced to its verb and table: `select policy_version`. */
  const verbOf = (sql: string) => {
    const m =
      /(begin|commit|rollback|select|insert into|update|delete from)\b(?:.*? from)?\s*[`"]?([a-z_]*)/i.exec(
        sql.replace(/\u001b\[[0-9;]*m/g, ''), // eslint-disable-line no-control-regex
      );
    return m ? `${m[1]!.split(' ')[0]!.toLowerCase()} ${m[2] ?? ''}`.trim() : sql.slice(0, 40);
  };

  it('opens a transaction with one narrow policy read and no step, checklist or channel read', async () => {
    const { result, statements, roundTrips } = await measure(() =>
      officer.graphql<{ transactionOpen: { errors: unknown[] } }>(OPEN, {
        i: { beneficiaryId, channelKey: 'PHONE', type: 'SUPPORT_REQUEST', subject: 'طلب للقياس' },
      }),
    );
    expect(result.data?.transactionOpen.errors).toEqual([]);
    expect(statements).toEqual([
      'select session',
      'begin',
      'select policy_version',
      'select beneficiary',
      'insert beneficiary_transaction',
      'insert transaction_event',
      'update beneficiary_transaction',
      'insert audit_entry',
      'commit',
    ]);
    // The statements above, the shared rate limit's counter, and BEGIN with its timeout as one.
    if (testEngine === 'postgresql') expect(roundTrips).toBe(10);
  });

  it('completes a step with the transaction row as its only read', async () => {
    const t = await openTransaction(officer, beneficiaryId, 'PHONE');
    const { result, statements, roundTrips } = await measure(() =>
      officer.graphql<{ transactionCompleteStep: { errors: unknown[] } }>(COMPLETE, {
        i: { id: t.id, expectedVersion: t.version, checkedItems: checklist },
      }),
    );
    expect(result.data?.transactionCompleteStep.errors).toEqual([]);
    expect(statements).toEqual([
      'select session',
      'begin',
      'select beneficiary_transaction',
      'insert transaction_event',
      'update beneficiary_transaction',
      'insert audit_entry',
      'commit',
    ]);
    if (testEngine === 'postgresql') expect(roundTrips).toBe(8);
  });
});
