import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createDocument } from '../../test-support/fixtures.js';
import { QUERY_LIMITS } from '../protection/limits.js';
import { DocumentVersion } from './library.entity.js';
import { MAX_MARKDOWN_LENGTH } from './markdown.js';

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A body of exactly `length` characters of ordinary Arabic Markdown with links. */
const body = (length: number) =>
  '## قسم\n\nنص عربي مع **تأكيد** و[رابط](https://example.com/a) وكلمات أخرى كثيرة.\n\n'
    .repeat(Math.ceil(length / 60))
    .slice(0, length);

/**
 * Issue 13, item 12: 15 aliased `documentVersionSave` with large Markdown bodies held the server
 * for 17 s, `documentPreview` for 9 s. Each body is bounded, and so is the Markdown one
 * operation renders, all its aliases together.
 */
describe(`Markdown rendering is bounded per field and per operation (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let documentId: string;

  const versionsOf = async () =>
    (
      await server.app.orm.em
        .fork()
        .find(DocumentVersion, { document: Number(documentId) }, { orderBy: { id: 'asc' } })
    ).map((v) => ({ number: v.number, changeNote: v.changeNote ?? null, ar: v.body.ar }));

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'markdown-limits-manager');
    documentId = await createDocument(manager, 'bounded-guide');
  });
  afterAll(async () => server?.stop());

  it('refuses a body over the limit with BAD_USER_INPUT and saves nothing', async () => {
    const before = await versionsOf();
    const res = await manager.graphql(
      `mutation($input: DocumentVersionSaveInput!) { documentVersionSave(input: $input) { version { id } errors { code } } }`,
      {
        input: {
          documentId,
          bodyAr: body(MAX_MARKDOWN_LENGTH + 1),
          bodyEn: 'short',
        },
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await versionsOf()).toEqual(before);

    const preview = await manager.graphql(`query($m: String!) { documentPreview(markdown: $m) }`, {
      m: body(MAX_MARKDOWN_LENGTH + 1),
    });
    expect(preview.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'markdown',
    });
  });

  it('renders 15 aliased previews of a full body only up to the limit of one operation', async () => {
    const fits = Math.floor(QUERY_LIMITS.maxMarkdownChars / MAX_MARKDOWN_LENGTH);
    const query = `query($m: String!) { ${Array.from(
      { length: 15 },
      (_, i) => `p${i}: documentPreview(markdown: $m)`,
    ).join(' ')} }`;
    const res = (await manager.graphql(query, {
      m: body(MAX_MARKDOWN_LENGTH),
    })) as Answer<Record<string, string | null>>;
    // Two full bodies render; the third is refused before it renders, and with it the
    // operation (the field is non-null), so the other ten never run.
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.path).toEqual([`p${fits}`]);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MARKDOWN',
      maximum: QUERY_LIMITS.maxMarkdownChars,
      actual: (fits + 1) * MAX_MARKDOWN_LENGTH,
    });
    // Each request has its own allowance: the next one renders again.
    const next = await manager.graphql<{ documentPreview: string }>(
      `query($m: String!) { documentPreview(markdown: $m) }`,
      { m: body(MAX_MARKDOWN_LENGTH) },
    );
    expect(next.errors).toBeUndefined();
  });

  it('saves 15 aliased versions only up to the limit, and the refused ones change nothing', async () => {
    const mutation = `mutation($ar: String!, $en: String!) { ${Array.from(
      { length: 15 },
      (_, i) =>
        `s${i}: documentVersionSave(input: { documentId: "${documentId}", bodyAr: $ar, bodyEn: $en, changeNote: "alias ${i}" }) { version { number } errors { code } }`,
    ).join(' ')} }`;
    const res = (await manager.graphql(mutation, {
      ar: body(MAX_MARKDOWN_LENGTH),
      en: body(MAX_MARKDOWN_LENGTH),
    })) as Answer<Record<string, { version: { number: number } } | null>>;
    // Each save renders both texts: one save fits in one operation, the second is refused
    // before it renders or opens its transaction, and the rest never run.
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.path).toEqual(['s1']);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MARKDOWN',
    });
    // The draft is the last save that was allowed; the refused ones were rolled back.
    const draft = (await versionsOf()).at(-1)!;
    expect(draft).toMatchObject({ number: 2, changeNote: 'alias 0' });
    expect(draft.ar).toHaveLength(MAX_MARKDOWN_LENGTH);
  });
});
