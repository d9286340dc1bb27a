import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { readVersion, saveDraft, type DraftContent } from '../policy/policy-draft-test-kit.js';

/** A policy draft's checklist item asks for a document type on file; only a known type. */

describe(`policy drafts: a checklist item asks for a document on file (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  const version = (n: number) => readVersion(manager, n);
  /** Saves draft 2 as `c`, with the verification step's national ID item asking for `key`. */
  const save = (c: DraftContent, key: string | null) =>
    saveDraft(manager, 2, c, (s) => ({
      ...s,
      checklist: s.checklist.map((i) =>
        s.key === 'VERIFICATION' && i.key === 'NATIONAL_ID_COPY'
          ? { ...i, documentTypeKey: key }
          : i,
      ),
    }));
  const idItem = (c: DraftContent) =>
    c.steps
      .find((s) => s.key === 'VERIFICATION')!
      .checklist.find((i) => i.key === 'NATIONAL_ID_COPY')!;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'docs-draft-manager');
    await manager.graphql('mutation { policyDraftCreate { errors { code } } }');
  });
  afterAll(async () => server?.stop());

  it('refuses a type that does not exist, naming the item; nothing saved', async () => {
    const draft = await version(2);
    expect(await save(draft, 'NO_SUCH_TYPE')).toEqual([
      { code: 'UNKNOWN_DOCUMENT_TYPE', field: 'steps.1.checklist.0.documentTypeKey' },
    ]);
    expect(idItem(await version(2)).documentTypeKey).toBeNull();
  });

  it('keeps a known type, and the comparison names the change', async () => {
    expect(idItem(await version(1)).documentTypeKey).toBeNull();
    expect(await save(await version(2), 'NATIONAL_ID_COPY')).toEqual([]);
    expect(idItem(await version(2)).documentTypeKey).toBe('NATIONAL_ID_COPY');
    const diff = await manager.graphql<{
      policyVersionDiff: { changes: { section: string; key: string; fields: string[] }[] };
    }>('{ policyVersionDiff(from: 1, to: 2) { changes { section key fields } } }');
    expect(diff.data!.policyVersionDiff.changes).toEqual([
      {
        section: 'CHECKLIST_ITEM',
        key: 'VERIFICATION/NATIONAL_ID_COPY',
        fields: ['documentTypeKey'],
      },
    ]);
    // Cleared again: null is "no document".
    expect(await save(await version(2), null)).toEqual([]);
    expect(idItem(await version(2)).documentTypeKey).toBeNull();
  });
});
