/**
 * The helpers of `pnpm bench`'s pages (bench-pages.ts): the client's operations as it sends them,
 * and a request's statements recorded, then run again directly on a connection of the bench's
 * own — on the real server and database of each engine.
 */
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema.js';
import { TestServer, testEngine, type GraphQLClient } from '../test-support/test-app.js';
import { createBeneficiary, openTransaction } from '../test-support/fixtures.js';
import { clientOperation, isRead, openRaw, recordStatements } from './bench-pages.js';

describe(`the bench's pages (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let reference: string;

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'bench-officer');
    const beneficiaryId = await createBeneficiary(officer, '108877665');
    const opened = await openTransaction(officer, beneficiaryId, 'PHONE');
    const res = await officer.graphql<{ transaction: { reference: string } }>(
      'query($id: ID) { transaction(id: $id) { reference } }',
      { id: opened.id },
    );
    reference = res.data!.transaction.reference;
  });
  afterAll(async () => server?.stop());

  it("sends the client's own operations, with their fragments, which the schema accepts", async () => {
    const schema = await buildAppSchema();
    for (const name of ['Transactions', 'Transaction', 'CommitteeQueue']) {
      const document = parse(clientOperation(name));
      expect(validate(schema, document), name).toEqual([]);
    }
    expect(clientOperation('Transaction')).toContain('fragment TransactionDetail on Transaction');
    expect(() => clientOperation('NoSuchOperation')).toThrow('no operation NoSuchOperation');
  });

  it("records a request's statements and runs its reads again directly", async () => {
    const ask = async () => {
      const res = await officer.graphql(clientOperation('Transaction'), { reference });
      expect(res.errors).toBeUndefined();
    };
    await ask();
    const { recorded, roundTrips } = await recordStatements(server.app, ask);
    const reads = recorded.filter((s) => isRead(s.sql));
    // The transaction by its reference, its timeline; the read of personal data writes its audit row.
    expect(reads.some((s) => /beneficiary_transaction/.test(s.sql))).toBe(true);
    expect(reads.some((s) => /transaction_event/.test(s.sql))).toBe(true);
    expect(recorded.some((s) => /^insert into .audit_entry/i.test(s.sql))).toBe(true);
    if (testEngine === 'postgresql') expect(roundTrips).toBeGreaterThan(recorded.length);
    else expect(roundTrips).toBe(0);

    const raw = await openRaw(server.app.config);
    try {
      const byReference = reads.find((s) => /where .t0.\..reference. = \?/.test(s.sql))!;
      expect(await raw.run(byReference.sql, byReference.params)).toEqual([
        expect.objectContaining({ reference }),
      ]);
      for (const s of reads) await raw.run(s.sql, s.params);
    } finally {
      await raw.close();
    }
    // Recording ends with the request: nothing is recorded afterwards.
    const idle = await recordStatements(server.app, async () => {});
    expect(idle.recorded).toEqual([]);
  });
});
