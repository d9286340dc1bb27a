import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createDocument } from '../../test-support/fixtures.js';
import { DocumentVersion, LibraryDocument } from '../library/library.entity.js';

const SAVE = `mutation($input: DocumentVersionSaveInput!) { documentVersionSave(input: $input) { version { number } errors { code } } }`;
const UPDATE = `mutation($input: DocumentUpdateInput!) { documentUpdate(input: $input) { document { id } errors { code } } }`;

/**
 * Issue 13, item 12: mutations have a time budget (MASAR_MUTATION_BUDGET_MS). A mutation whose
 * transaction runs past it is rolled back and answers TIMEOUT, instead of holding the write
 * lock: nothing of it is kept.
 */
describe(`a mutation past its time budget is rolled back with TIMEOUT (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let documentId: string;

  const versionsOf = async () =>
    (await server.app.orm.em.fork().find(DocumentVersion, { document: Number(documentId) })).map(
      (v) => ({ number: v.number, status: v.status, ar: v.body.ar }),
    );

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'budget-manager');
    documentId = await createDocument(manager, 'budget-guide');
  });
  afterAll(async () => server?.stop());

  it('rolls back a save that runs past a tiny budget, and keeps the same save under the default', async () => {
    const before = await versionsOf();
    const input = {
      documentId,
      bodyAr: '## نص طويل\n\nكلمات كثيرة مع [روابط](https://example.com).\n\n'.repeat(1500),
      bodyEn: '## Long text\n\nMany words.\n\n'.repeat(1500),
      publish: true,
    };
    const defaultBudget = server.app.config.mutationBudgetMs;
    expect(defaultBudget).toBe(5000);
    server.app.config.mutationBudgetMs = 1;
    try {
      const res = await manager.graphql(SAVE, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'TIMEOUT',
        timeoutMs: 1,
        rolledBack: true,
      });
      expect(await versionsOf()).toEqual(before);
      // Queries are not touched by the mutation budget.
      const me = await manager.graphql<{ me: { username: string } }>('{ me { username } }');
      expect(me.data?.me.username).toBe('budget-manager');
    } finally {
      server.app.config.mutationBudgetMs = defaultBudget;
    }
    const res = await manager.graphql<{ documentVersionSave: { version: { number: number } } }>(
      SAVE,
      { input },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.documentVersionSave.version.number).toBe(2);
    expect(await versionsOf()).toHaveLength(before.length + 1);
  });

  it.runIf(testEngine === 'postgresql')(
    'does not wait on a row lock past the budget (SET LOCAL statement_timeout)',
    async () => {
      const defaultBudget = server.app.config.mutationBudgetMs;
      server.app.config.mutationBudgetMs = 500;
      // Another session holds the document's row for 4 s.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = server.app.orm.em.fork().transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            'select id from library_document where id = ? for update',
            [Number(documentId)],
            'all',
            tx.getTransactionContext(),
          );
        locked();
        await Promise.race([released, new Promise((r) => setTimeout(r, 4000))]);
      });
      try {
        await isLocked;
        const started = performance.now();
        const res = await manager.graphql(UPDATE, {
          input: { id: documentId, titleEn: 'Changed while locked' },
        });
        const ms = performance.now() - started;
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', rolledBack: true });
        expect(ms).toBeLessThan(3000); // it gave up at its budget, not when the lock was freed
      } finally {
        release();
        await holder;
        server.app.config.mutationBudgetMs = defaultBudget;
      }
      const doc = await server.app.orm.em.fork().findOneOrFail(LibraryDocument, Number(documentId));
      expect(doc.title.en).toBe('Guide');
    },
  );
});
