import {
  Collection,
  Embedded,
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  OptionalProps,
  OneToMany,
  Property,
  QueryOrder,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { StoredFileEntity } from '../common/stored-file.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import { User } from '../accounts/user.entity.js';
import { DocumentKind, DocumentVersionStatus } from './library.enums.js';
import { LibraryDocumentRepository } from './library.repository.js';

/**
 * A document of the library: a regulation, guide or form. The policy's four tools are
 * documents linked by their tool key. Its text lives in versions; the latest published one is
 * what readers see.
 */
@Entity({ tableName: 'library_document', repository: () => LibraryDocumentRepository })
export class LibraryDocument extends BaseEntity {
  [EntityRepositoryType]?: LibraryDocumentRepository;
  [OptionalProps]?: 'tags';

  /** Address of the document, e.g. `bylaws`: lower-case letters, digits and hyphens. */
  @Property({ type: 'string', length: 80 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 16 })
  kind!: DocumentKind;

  @Embedded(() => LocalizedText, { prefix: 'title_' })
  title!: LocalizedText;

  /** Comma-separated tags, each trimmed (a handful per document). */
  @Property({ type: 'string', length: 500 })
  tagsText: Opt<string> = '';

  /** The policy tool this document is (BYLAWS, SUPPORT_REQUEST_FORM, …), if any. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique()
  toolKey?: string | null;

  /** Who keeps the document current; null for the seeded documents until one is named. */
  @Index()
  @ManyToOne(() => User, { nullable: true })
  owner?: Rel<User> | null;

  /** Date (YYYY-MM-DD) by which the document must be reviewed again (quality systems' periodic review). */
  @Property({ type: 'string', length: 10, nullable: true })
  @Index()
  reviewBy?: string | null;

  /** The latest published version, or null while the document is a draft. */
  @Index()
  @ManyToOne(() => DocumentVersion, { nullable: true })
  currentVersion?: Rel<DocumentVersion> | null;

  @OneToMany(() => DocumentVersion, (v) => v.document, { orderBy: { number: QueryOrder.DESC } })
  versions = new Collection<DocumentVersion>(this);

  get tags(): string[] {
    return this.tagsText ? this.tagsText.split(',') : [];
  }

  set tags(tags: readonly string[]) {
    this.tagsText = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].join(',');
  }
}

/** One version of a document's text: Markdown per language, and its sanitised HTML. */
@Entity({ tableName: 'library_document_version' })
@Unique({ properties: ['document', 'number'] })
export class DocumentVersion extends BaseEntity {
  @ManyToOne(() => LibraryDocument)
  document!: Rel<LibraryDocument>;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 12 })
  status: Opt<DocumentVersionStatus> = DocumentVersionStatus.DRAFT;

  /** Markdown source. */
  @Embedded(() => LocalizedText, { prefix: 'body_' })
  body!: LocalizedText;

  /** Sanitised HTML rendered from `body` when saved (never rendered from user HTML). */
  @Embedded(() => LocalizedText, { prefix: 'html_' })
  html!: LocalizedText;

  /** JSON list of the headings `{ level, id, text }`, for the table of contents. */
  @Embedded(() => LocalizedText, { prefix: 'toc_' })
  toc!: LocalizedText;

  /** What changed, in a sentence. */
  @Property({ type: 'string', length: 500, nullable: true })
  changeNote?: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  author?: Rel<User> | null;

  @Property({ type: 'Date', nullable: true })
  publishedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  publishedBy?: Rel<User> | null;
}

/** A file attached to a document (PDF, PNG or JPEG), stored under MASAR_DATA_DIR/attachments. */
@Entity({ tableName: 'library_attachment' })
export class DocumentAttachment extends StoredFileEntity {
  @Index()
  @ManyToOne(() => LibraryDocument)
  document!: Rel<LibraryDocument>;

  /** The version that was the latest when the file was added. */
  @Property({ type: 'integer' })
  versionNumber!: number;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  uploadedBy?: Rel<User> | null;
}
