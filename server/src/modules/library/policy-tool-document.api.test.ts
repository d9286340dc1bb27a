import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  CREATE,
  newDoc,
  PUBLISH,
  read,
  SAVE,
  UPDATE,
  type Payload,
} from './library-api.fixtures.js';

const PUBLIC_DOC = `query($k: String!) { policyToolDocument(toolKey: $k) {
  toolKey slug kind title { ar en } versionNumber publishedAt html { ar en }
  toc(language: AR) { anchor level text } } }`;

interface PublicDoc {
  toolKey: string;
  slug: string;
  title: { ar: string; en: string };
  versionNumber: number;
  html: { ar: string; en: string };
  toc: { anchor: string; level: number; text: string }[];
}

/**
 * The policy's tools are the association's public guides and forms: anyone, signed in or not,
 * reads the published text of a tool the policy in force lists (issue 16 item 14). Tried as an
 * anonymous attacker would: drafts, other documents, tools no longer listed and every field
 * beyond the published text stay private.
 */
describe(`policy tool documents for anonymous readers (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'tool-manager');
  });
  afterAll(async () => server?.stop());

  const anonymous = async (key: string) => {
    const res = await server.graphql<{ policyToolDocument: PublicDoc | null }>(PUBLIC_DOC, {
      k: key,
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.policyToolDocument;
  };

  it('gives anyone the published text of each tool the policy in force lists', async () => {
    const tools = await server.graphql<{ activePolicy: { tools: { key: string }[] } }>(
      '{ activePolicy { tools { key } } }',
    );
    const keys = tools.data!.activePolicy.tools.map((t) => t.key);
    expect(keys.length).toBe(4);
    for (const key of keys) {
      const doc = (await anonymous(key))!;
      expect(doc.toolKey).toBe(key);
      expect(doc.versionNumber).toBe(1);
      expect(doc.toc.length).toBeGreaterThanOrEqual(5);
      for (const h of doc.toc) expect(doc.html.ar).toContain(`id="${h.anchor}"`);
    }
    const form = (await anonymous('SUPPORT_REQUEST_FORM'))!;
    expect(form.slug).toBe('support-request-form');
    expect(form.html.ar).toContain('رقم الهوية الوطنية');
    expect(form.html.en).toContain('IBAN');
  });

  it('shows the published version, never a draft saved after it', async () => {
    const bylaws = (await read(manager, 'bylaws'))!;
    const draft = await manager.graphql<{ documentVersionSave: Payload }>(SAVE, {
      input: {
        documentId: bylaws.id,
        bodyAr: '## مسودة داخلية\n\nسري',
        bodyEn: '## Internal\n\nsecret draft',
      },
    });
    expect(draft.data!.documentVersionSave.version).toMatchObject({ number: 2, status: 'DRAFT' });
    const doc = (await anonymous('BYLAWS'))!;
    expect(doc.versionNumber).toBe(1);
    expect(doc.html.en).not.toContain('secret draft');
    expect(doc.html.ar).not.toContain('سري');
    // Published, version 2 is what the public reads.
    await manager.graphql(PUBLISH, { input: { id: draft.data!.documentVersionSave.version!.id } });
    expect((await anonymous('BYLAWS'))!.html.en).toContain('secret draft');
  });

  it('keeps every other document, even published, and every other field to signed-in users', async () => {
    // A published document that is no tool, and one whose tool the policy does not list.
    for (const [slug, toolKey] of [
      ['staff-handbook', null],
      ['unlisted-tool', 'UNLISTED_TOOL'],
    ] as const) {
      const created = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
        input: newDoc({ slug, toolKey }),
      });
      const version = created.data!.documentCreate.version!;
      await manager.graphql(PUBLISH, { input: { id: version.id } });
      expect((await read(manager, slug))!.published).toBe(true);
    }
    expect(await anonymous('UNLISTED_TOOL')).toBeNull();
    const bySlug = await server.graphql('{ libraryDocument(slug: "staff-handbook") { id } }');
    expect(bySlug.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const byTool = await server.graphql('{ libraryDocument(toolKey: "BYLAWS") { id } }');
    expect(byTool.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const list = await server.graphql('{ libraryDocuments { totalCount } }');
    expect(list.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // The public type has no owner, authors, history, drafts or files to ask for.
    for (const field of [
      'ownerName',
      'versions { number }',
      'draftVersion { id }',
      'attachments { id }',
      'body { ar }',
    ]) {
      const res = await server.graphql(`{ policyToolDocument(toolKey: "BYLAWS") { ${field} } }`);
      expect(res.errors?.[0]?.extensions?.code, field).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // A key that is no tool key is refused as such.
    const bad = await server.graphql('{ policyToolDocument(toolKey: "../bylaws") { slug } }');
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('a listed tool whose document is only a draft: nothing for the public', async () => {
    const form = (await read(manager, 'support-request-form'))!;
    const unlinked = await manager.graphql<{ documentUpdate: Payload }>(UPDATE, {
      input: { id: form.id, toolKey: '' },
    });
    expect(unlinked.data!.documentUpdate.errors).toEqual([]);
    const created = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ slug: 'new-request-form', toolKey: 'SUPPORT_REQUEST_FORM' }),
    });
    expect(created.data!.documentCreate.errors).toEqual([]);
    expect(await anonymous('SUPPORT_REQUEST_FORM')).toBeNull();
    await manager.graphql(PUBLISH, { input: { id: created.data!.documentCreate.version!.id } });
    expect((await anonymous('SUPPORT_REQUEST_FORM'))!.slug).toBe('new-request-form');
  });
});
