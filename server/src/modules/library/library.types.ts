import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Connection } from '../common/connection.js';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import {
  ContentLanguage,
  DocumentKind,
  DocumentVersionStatus,
  SearchHitKind,
} from './library.enums.js';
import { MAX_MARKDOWN_LENGTH } from './markdown.js';

@ObjectType('LibraryDocument', {
  description:
    'A document of the library (regulation, guide or form); the policy’s tools are documents. Access: signed-in users read published documents; drafts only their owner, managers and admins.',
})
export class LibraryDocumentObject {
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
export class DocumentVersionObject {
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
export class DocumentAttachmentObject {
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

export const LibraryDocumentConnection = Connection(LibraryDocumentObject, 'LibraryDocument');

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

@ObjectType({ description: 'Result of a change to a library document.' })
export class LibraryDocumentPayload {
  @Field(() => LibraryDocumentObject, {
    nullable: true,
    description: 'The document after the change.',
  })
  document!: LibraryDocumentObject | null;

  @Field(() => DocumentVersionObject, {
    nullable: true,
    description: 'The version written or published, when the change concerned one.',
  })
  version!: DocumentVersionObject | null;

  @Field(() => [UserError], {
    description: 'Why the change was refused (nothing changed); empty on success.',
  })
  errors!: UserError[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOOL_KEY = /^[A-Z][A-Z0-9_]{1,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Filter for the library list; all given conditions must hold.' })
export class LibraryDocumentFilter {
  @Field(() => DocumentKind, { nullable: true, description: 'Only this kind.' })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'Only documents carrying this tag.' })
  @IsOptional()
  @Length(1, 40)
  tag?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only published documents; false: only drafts (for those who may see them).',
  })
  published?: boolean | null;
}

@InputType({ description: 'A new library document and its first version.' })
export class DocumentCreateInput {
  @Field(() => String, {
    description: 'Address: lower-case letters, digits and hyphens, e.g. `volunteer-guide`.',
  })
  @Length(2, 80)
  @Matches(SLUG)
  slug!: string;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  kind!: DocumentKind;

  @Field(() => String, { description: 'Arabic title.' })
  @Length(2, 200)
  titleAr!: string;

  @Field(() => String, { description: 'English title.' })
  @Length(2, 200)
  titleEn!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Tags (at most 12, each up to 40 characters).',
  })
  @ArrayMaxSize(12)
  @Length(1, 40, { each: true })
  tags!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Key of the policy tool this document is, if any.',
  })
  @IsOptional()
  @Matches(TOOL_KEY)
  toolKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner (a user id); the caller when omitted.' })
  @IsOptional()
  @Matches(/^\d{1,12}$/)
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Review-by date, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE)
  reviewBy?: string | null;

  @Field(() => String, { description: 'Arabic text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyAr!: string;

  @Field(() => String, { description: 'English text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: 'What this version is, in a sentence.' })
  @IsOptional()
  @MaxLength(500)
  changeNote?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True: publish the first version at once.',
  })
  publish!: boolean;
}

@InputType({ description: 'Changes to a document’s metadata; omitted fields stay as they are.' })
export class DocumentUpdateInput {
  @Field(() => ID, { description: 'The document.' })
  @Matches(/^\d{1,12}$/)
  id!: string;

  @Field(() => String, { nullable: true, description: 'New address.' })
  @IsOptional()
  @Length(2, 80)
  @Matches(SLUG)
  slug?: string | null;

  @Field(() => DocumentKind, { nullable: true, description: 'New kind.' })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'New Arabic title.' })
  @IsOptional()
  @Length(2, 200)
  titleAr?: string | null;

  @Field(() => String, { nullable: true, description: 'New English title.' })
  @IsOptional()
  @Length(2, 200)
  titleEn?: string | null;

  @Field(() => [String], { nullable: true, description: 'New tags (replace the old ones).' })
  @IsOptional()
  @ArrayMaxSize(12)
  @Length(1, 40, { each: true })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Policy tool key; an empty string unlinks the tool.',
  })
  @IsOptional()
  @Matches(/^$|^[A-Z][A-Z0-9_]{1,63}$/)
  toolKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'New owner (a user id).' })
  @IsOptional()
  @Matches(/^\d{1,12}$/)
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New review-by date, YYYY-MM-DD; an empty string clears it.',
  })
  @IsOptional()
  @Matches(/^$|^\d{4}-\d{2}-\d{2}$/)
  reviewBy?: string | null;
}

@InputType({ description: 'The text of a document’s next version (or of its open draft).' })
export class DocumentVersionSaveInput {
  @Field(() => ID, { description: 'The document.' })
  @Matches(/^\d{1,12}$/)
  documentId!: string;

  @Field(() => String, { description: 'Arabic text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyAr!: string;

  @Field(() => String, { description: 'English text, Markdown.' })
  @MaxLength(MAX_MARKDOWN_LENGTH)
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: 'What changed, in a sentence.' })
  @IsOptional()
  @MaxLength(500)
  changeNote?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True: publish it now; false: keep it as a draft.',
  })
  publish!: boolean;
}

@InputType({ description: 'A draft version to publish.' })
export class DocumentVersionPublishInput {
  @Field(() => ID, { description: 'The draft version.' })
  @Matches(/^\d{1,12}$/)
  id!: string;
}
