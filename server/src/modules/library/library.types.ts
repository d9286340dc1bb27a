import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { LocalizedText } from '../common/localized-text.js';
import { UserError, type Result } from '../common/payload.js';
import {
  ContentLanguage,
  DocumentKind,
  DocumentVersionStatus,
  SearchHitKind,
} from './library.enums.js';
import type { DocumentVersion, LibraryDocument } from './library.entity.js';
import type { TocEntry } from './markdown.js';

@ObjectType('LibraryDocument', {
  description:
    'A document of the library (regulation, guide or form); the policy’s tools are documents. Access: signed-in users read published documents; drafts only their owner, managers and admins.',
})
export class LibraryDocumentType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Address of the document, e.g. `bylaws`.' })
  slug!: string;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: DocumentKind;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English.' })
  title!: LocalizedText;

  @Field(() => [String], { description: 'Tags, for filtering and search.' })
  tags!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Key of the policy tool this document is (e.g. SUPPORT_REQUEST_FORM), if any.',
  })
  toolKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) by which the document must be reviewed again.',
  })
  reviewBy!: string | null;

  @Field(() => Date, { description: 'When the document was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the document or its metadata last changed.' })
  updatedAt!: Date;
}

@ObjectType('DocumentHeading', {
  description: 'A heading of a document: an entry of its table of contents.',
})
export class DocumentHeading {
  @Field(() => ID, { description: 'Unique over all documents: version, language and anchor.' })
  id!: string;

  @Field(() => String, { description: 'Anchor of the heading in the rendered HTML (`#anchor`).' })
  anchor!: string;

  @Field(() => Int, { description: 'Heading level: 2 for a section, 3 for a subsection.' })
  level!: number;

  @Field(() => String, { description: 'Text of the heading.' })
  text!: string;
}

@ObjectType('DocumentVersion', {
  description: 'One version of a document’s text, in Markdown and as sanitised HTML.',
})
export class DocumentVersionType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => Int, { description: 'Version number, from 1.' })
  number!: number;

  @Field(() => DocumentVersionStatus, { description: 'Draft or published.' })
  status!: DocumentVersionStatus;

  @Field(() => LocalizedText, { description: 'The Markdown source, per language.' })
  body!: LocalizedText;

  @Field(() => LocalizedText, {
    description:
      'The text rendered to HTML and sanitised by the server (no scripts, event handlers or javascript: links); headings carry anchors.',
  })
  html!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'What changed, in a sentence.' })
  changeNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => Date, { description: 'When it was first saved.' })
  createdAt!: Date;
}

@ObjectType('DocumentAttachment', {
  description: 'A file attached to a document: PDF, PNG or JPEG.',
})
export class DocumentAttachmentType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'File name.' })
  filename!: string;

  @Field(() => String, {
    description: 'Type found in the file’s content (application/pdf, image/png, image/jpeg).',
  })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 checksum of the content, hexadecimal.' })
  sha256!: string;

  @Field(() => Int, { description: 'The document’s latest version when the file was added.' })
  versionNumber!: number;

  @Field(() => Date, { description: 'When it was added.' })
  createdAt!: Date;
}

export const LibraryDocumentConnection = Connection(LibraryDocumentType, 'LibraryDocument');

@ObjectType('LibrarySearchHit', {
  description: 'A search result: a document or a part of the active policy.',
})
export class LibrarySearchHit {
  @Field(() => ID, { description: 'Identifies what was found (kind, owner and key).' })
  id!: string;

  @Field(() => SearchHitKind, { description: 'What was found.' })
  kind!: SearchHitKind;

  @Field(() => ContentLanguage, { description: 'Language of the matching text.' })
  language!: ContentLanguage;

  @Field(() => String, { description: 'Title of what was found, plain text.' })
  title!: string;

  @Field(() => String, {
    description: 'The title as HTML: escaped text with the matching words in <mark>.',
  })
  titleHtml!: string;

  @Field(() => String, {
    description:
      'A passage around the first match as HTML: escaped text with the matching words in <mark>.',
  })
  snippetHtml!: string;

  @Field(() => Float, {
    description: 'Relevance: higher is better (bm25 on SQLite, ts_rank on PostgreSQL).',
  })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Key of the policy item (channel, tool or step key), for policy hits.',
  })
  itemKey!: string | null;

  /** The document, for DOCUMENT hits (resolved by the resolver). */
  documentId!: number | null;
}

export const LibrarySearchHitConnection = Connection(LibrarySearchHit, 'LibrarySearchHit');

/**
 * What every change to a document answers: the document, the version concerned, the errors.
 * An interface, so that the client selects these fields once (one fragment) for the four
 * mutations; each mutation has its own payload implementing it.
 */
@InterfaceType('LibraryDocumentChange', {
  description:
    'What every change to a library document answers: the document, the version concerned and the errors.',
})
export abstract class LibraryDocumentChange {
  @Field(() => LibraryDocumentType, {
    nullable: true,
    description: 'The document after the change; null when the change was refused.',
  })
  document!: LibraryDocument | null;

  @Field(() => DocumentVersionType, {
    nullable: true,
    description: 'The version written or published, when the change concerned one.',
  })
  version!: DocumentVersion | null;

  @Field(() => [UserError], {
    description: 'Why the change was refused (nothing changed); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({
  description: 'Result of documentCreate: the new document and its first version.',
  implements: LibraryDocumentChange,
})
export class DocumentCreatePayload extends LibraryDocumentChange {}

@ObjectType({
  description: 'Result of documentUpdate: the document with its new metadata.',
  implements: LibraryDocumentChange,
})
export class DocumentUpdatePayload extends LibraryDocumentChange {}

@ObjectType({
  description: 'Result of documentVersionSave: the document and the version written.',
  implements: LibraryDocumentChange,
})
export class DocumentVersionSavePayload extends LibraryDocumentChange {}

@ObjectType({
  description: 'Result of documentVersionPublish: the document and the version now published.',
  implements: LibraryDocumentChange,
})
export class DocumentVersionPublishPayload extends LibraryDocumentChange {}

/** The payload of a change from the service's result. */
export function toLibraryDocumentChange(
  r: Result<{ document: LibraryDocument; version?: DocumentVersion }>,
): LibraryDocumentChange {
  return r.ok
    ? { document: r.document, version: r.version ?? null, errors: [] }
    : { document: null, version: null, errors: r.errors };
}

/** The table of contents of a version in one language, as GraphQL headings. */
export function toDocumentHeadings(version: DocumentVersion, lang: 'ar' | 'en'): DocumentHeading[] {
  const entries = JSON.parse(version.toc[lang] || '[]') as TocEntry[];
  return entries.map((e) => ({
    id: `${version.id}:${lang}:${e.id}`,
    anchor: e.id,
    level: e.level,
    text: e.text,
  }));
}

@ObjectType('PolicyToolDocument', {
  description:
    'A tool the policy in force lists (a guide or form of the association), as the public reads it: the title and the text of its latest published version, nothing else (no drafts, history, owner, authors or files). Access: anyone, signed in or not.',
})
export class PolicyToolDocument {
  @Field(() => String, { description: 'Key of the policy tool (e.g. SUPPORT_REQUEST_FORM).' })
  toolKey!: string;

  @Field(() => String, { description: 'Address of the document in the library (`/library/…`).' })
  slug!: string;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: DocumentKind;

  @Field(() => LocalizedText, { description: 'Title in Arabic and English.' })
  title!: LocalizedText;

  @Field(() => Int, { description: 'Number of the published version shown.' })
  versionNumber!: number;

  @Field(() => Date, { nullable: true, description: 'When that version was published.' })
  publishedAt!: Date | null;

  @Field(() => LocalizedText, {
    description:
      'The published text rendered to HTML and sanitised by the server; headings carry anchors.',
  })
  html!: LocalizedText;

  /** The published version, for its table of contents (not a field). */
  version!: DocumentVersion;
}

/** What the public reads of a policy tool's document: its published version only. */
export function toPolicyToolDocument(
  doc: LibraryDocument,
  version: DocumentVersion,
): PolicyToolDocument {
  return Object.assign(new PolicyToolDocument(), {
    toolKey: doc.toolKey!,
    slug: doc.slug,
    kind: doc.kind,
    title: doc.title,
    versionNumber: version.number,
    publishedAt: version.publishedAt ?? null,
    html: version.html,
    version,
  });
}
