/** What the library's API tests share: the document selection, the mutations, a new document. */
import type { GraphQLClient, TestServer } from '../../test-support/test-app.js';

export const DOC = `id slug kind title { ar en } tags toolKey published reviewBy reviewOverdue ownerName canEdit
  currentVersion { id number status html { ar en } toc(language: AR) { anchor level text } }
  draftVersion { id number }
  versions { number status changeNote }
  attachments { id filename contentType size sha256 downloadUrl }
  steps { key position }`;

export interface Doc {
  id: string;
  slug: string;
  kind: string;
  title: { ar: string; en: string };
  tags: string[];
  toolKey: string | null;
  published: boolean;
  reviewBy: string | null;
  reviewOverdue: boolean;
  ownerName: string | null;
  canEdit: boolean;
  currentVersion: {
    id: string;
    number: number;
    status: string;
    html: { ar: string; en: string };
    toc: { anchor: string; level: number; text: string }[];
  } | null;
  draftVersion: { id: string; number: number } | null;
  versions: { number: number; status: string; changeNote: string | null }[];
  attachments: {
    id: string;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    downloadUrl: string;
  }[];
  steps: { key: string; position: number }[];
}
export interface Payload {
  document: Doc | null;
  version: { id: string; number: number; status: string } | null;
  errors: { code: string; field: string | null }[];
}

export const CREATE = `mutation($input: DocumentCreateInput!) { documentCreate(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
export const SAVE = `mutation($input: DocumentVersionSaveInput!) { documentVersionSave(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
export const PUBLISH = `mutation($input: DocumentVersionPublishInput!) { documentVersionPublish(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
export const UPDATE = `mutation($input: DocumentUpdateInput!) { documentUpdate(input: $input) { document { ${DOC} } errors { code field } } }`;

export const newDoc = (over: Record<string, unknown> = {}) => ({
  slug: 'volunteer-guide',
  kind: 'GUIDE',
  titleAr: 'دليل المتطوعين',
  titleEn: 'Volunteers guide',
  tags: ['تطوع', 'volunteering'],
  bodyAr: '# دليل المتطوعين\n\n## التسجيل\n\nيسجل المتطوع في الموقع.\n\n## المهام\n\nنص.',
  bodyEn: '# Volunteers guide\n\n## Registration\n\nText.',
  ...over,
});

/** Counts the rows of one SQL `select count(*) as n`. */
export const count = async (server: TestServer, sql: string) => {
  const [row] = await server.app.orm.em.getConnection().execute<{ n: number | string }[]>(sql);
  return Number(row!.n);
};

/** Rows in each of the library's tables and the audit log. */
export const tableCounts = async (server: TestServer) => {
  const counts: Record<string, number> = {};
  for (const table of [
    'library_document',
    'library_document_version',
    'library_attachment',
    'library_search',
    'audit_entry',
  ]) {
    counts[table] = await count(server, `select count(*) as n from ${table}`);
  }
  return counts;
};

/** A document by its address, as the client sees it (null when it may not read it). */
export const read = async (client: GraphQLClient, slug: string) =>
  (
    await client.graphql<{ libraryDocument: Doc | null }>(
      `query($slug: String) { libraryDocument(slug: $slug) { ${DOC} } }`,
      { slug },
    )
  ).data?.libraryDocument ?? null;
