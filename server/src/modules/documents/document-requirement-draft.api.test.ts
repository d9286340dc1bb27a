import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';

/** A policy draft's checklist item asks for a document type on file; only a known type. */

const T = '{ ar en }';
const CONTENT = `title ${T} preface ${T} generalObjective ${T}
  objectives { text ${T} children { text ${T} } }
  channels { key name ${T} description ${T} }
  tools { key kind name ${T} description ${T} }
  steps { key title ${T} text ${T} performerRole conditional condition ${T} windowDays windowUnit
    tools { key } checklist { key text ${T} required documentTypeKey } }`;

interface Item {
  key: string;
  documentTypeKey: string | null;
  [field: string]: unknown;
}
interface Step {
  key: string;
  tools: { key: string }[];
  checklist: Item[];
  [field: string]: unknown;
}
interface Content {
  objectives: { text: unknown; children: { text: unknown }[] }[];
  steps: Step[];
  [field: string]: unknown;
}

describe(`policy drafts: a checklist item asks for a document on file (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  const version = async (n: number) =>
    (
      await manager.graphql<{ policyVersion: Content }>(
        `query($n: Int!) { policyVersion(number: $n) { ${CONTENT} } }`,
        { n },
      )
    ).data!.policyVersion;
  /** Saves draft 2 as `c`, with the verification step's national ID item asking for `key`. */
  const save = async (c: Content, key: string | null) => {
    const res = await manager.graphql<{
      policyDraftSave: { errors: { code: string; field: string }[] };
    }>(
      'mutation($i: PolicyDraftSaveInput!) { policyDraftSave(input: $i) { errors { code field } } }',
      {
        i: {
          ...c,
          number: 2,
          objectives: c.objectives.map((o) => ({
            text: o.text,
            children: o.children.map((x) => x.text),
          })),
          steps: c.steps.map(({ tools, ...s }) => ({
            ...s,
            toolKeys: tools.map((t) => t.key),
            checklist: s.checklist.map((i) =>
              s.key === 'VERIFICATION' && i.key === 'NATIONAL_ID_COPY'
                ? { ...i, documentTypeKey: key }
                : i,
            ),
          })),
        },
      },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.policyDraftSave.errors;
  };
  const idItem = (c: Content) =>
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
