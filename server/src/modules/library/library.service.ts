import { ref, type EntityManager } from '@mikro-orm/core';
import type { Actor } from '../audit/audit.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../accounts/user.entity.js';
import { text } from '../common/localized-text.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { parseIsoDate } from '../common/hijri.js';
import { DocumentVersion, LibraryDocument } from './library.entity.js';
import { DocumentKind, DocumentVersionStatus, SearchHitKind } from './library.enums.js';
import { renderMarkdown, renderMarkdownOffThread, type RenderedMarkdown } from './markdown.js';
import { documentRef, replaceIndex, type IndexItem } from './search.js';

/** Today's date as YYYY-MM-DD (the dashboard counts documents due for review by it). */
export { today } from './library.access.js';

/** The plain text of a version in each language (for the search index). */
type PlainTexts = Record<'ar' | 'en', string>;

/**
 * Index rows of a document: its published text in each language, with title and tags; `texts`
 * when the version was just rendered (else its Markdown is rendered again here).
 */
export function documentItems(
  doc: LibraryDocument,
  version: DocumentVersion,
  texts?: PlainTexts,
): IndexItem[] {
  return (['ar', 'en'] as const).map((lang) => ({
    kind: SearchHitKind.DOCUMENT,
    ref: documentRef(doc.id),
    itemKey: String(doc.id),
    lang,
    title: doc.title[lang],
    body: texts?.[lang] ?? renderMarkdown(version.body[lang]).text,
    keywords: doc.tags.join(' '),
  }));
}

/** Puts the document's current published text in the search index (or takes it out). */
export async function reindexDocument(
  em: EntityManager,
  doc: LibraryDocument,
  texts?: PlainTexts,
): Promise<void> {
  const current = doc.currentVersion ? await ref(doc.currentVersion).load() : null;
  await replaceIndex(em, documentRef(doc.id), current ? documentItems(doc, current, texts) : []);
}

export interface DocumentFields {
  slug: string;
  kind: DocumentKind;
  titleAr: string;
  titleEn: string;
  tags: string[];
  toolKey: string | null;
  ownerId: number | null;
  reviewBy: string | null;
}

export interface VersionFields {
  bodyAr: string;
  bodyEn: string;
  changeNote: string | null;
  publish: boolean;
}

const snapshot = (d: LibraryDocument) => ({
  slug: d.slug,
  kind: d.kind,
  title: { ar: d.title.ar, en: d.title.en },
  tags: d.tags,
  toolKey: d.toolKey ?? null,
  ownerId: d.owner ? ref(d.owner).id : null,
  reviewBy: d.reviewBy ?? null,
});

/** Both texts of a version, rendered in worker threads (markdown.ts), before any transaction. */
interface RenderedTexts {
  ar: RenderedMarkdown;
  en: RenderedMarkdown;
}

async function renderTexts(fields: VersionFields): Promise<RenderedTexts> {
  const [ar, en] = await Promise.all([
    renderMarkdownOffThread(fields.bodyAr),
    renderMarkdownOffThread(fields.bodyEn),
  ]);
  return { ar, en };
}

const plainTexts = ({ ar, en }: RenderedTexts): PlainTexts => ({ ar: ar.text, en: en.text });

function fillVersion(
  version: DocumentVersion,
  fields: VersionFields,
  { ar, en }: RenderedTexts,
): void {
  version.body = text({ ar: fields.bodyAr, en: fields.bodyEn });
  version.html = text({ ar: ar.html, en: en.html });
  version.toc = text({ ar: JSON.stringify(ar.toc), en: JSON.stringify(en.toc) });
  version.changeNote = fields.changeNote?.trim() || null;
}

/** The rules of the library: who writes what, in one transaction with its audit row. */
export class LibraryService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly user: User,
  ) {}

  private async checkFields(
    tx: EntityManager,
    fields: Partial<DocumentFields>,
    self: LibraryDocument | null,
  ): Promise<User | null | undefined> {
    if (fields.slug !== undefined) {
      const taken = await tx.findOne(LibraryDocument, { slug: fields.slug });
      if (taken && taken !== self)
        reject('SLUG_TAKEN', 'Another document has this address.', 'slug');
    }
    if (fields.toolKey) {
      const taken = await tx.findOne(LibraryDocument, { toolKey: fields.toolKey });
      if (taken && taken !== self) {
        reject('TOOL_TAKEN', 'Another document is already this policy tool.', 'toolKey');
      }
    }
    if (fields.reviewBy && !parseIsoDate(fields.reviewBy)) {
      reject('INVALID_DATE', 'The review date is not a valid date.', 'reviewBy');
    }
    if (fields.ownerId === undefined) return undefined;
    if (fields.ownerId === null) return null;
    const owner = await tx.findOne(User, { id: fields.ownerId, active: true });
    if (!owner) return reject('OWNER_NOT_FOUND', 'No active user has this id.', 'ownerId');
    return owner;
  }

  private publishVersion(tx: EntityManager, doc: LibraryDocument, version: DocumentVersion) {
    version.status = DocumentVersionStatus.PUBLISHED;
    version.publishedAt = new Date();
    version.publishedBy = this.user;
    doc.currentVersion = version;
  }

  async create(
    fields: DocumentFields,
    body: VersionFields,
  ): Promise<Result<{ document: LibraryDocument; version: DocumentVersion }>> {
    // Rendered off the request thread, and before the transaction: no lock is held meanwhile.
    const rendered = await renderTexts(body);
    return inTransaction(this.em, async (tx) => {
      const owner = await this.checkFields(tx, fields, null);
      const doc = tx.create(LibraryDocument, {
        slug: fields.slug,
        kind: fields.kind,
        title: text({ ar: fields.titleAr.trim(), en: fields.titleEn.trim() }),
        toolKey: fields.toolKey,
        owner: owner ?? this.user,
        reviewBy: fields.reviewBy,
      });
      doc.tags = fields.tags;
      const version = tx.create(DocumentVersion, {
        document: doc,
        number: 1,
        body: text({ ar: '', en: '' }),
        html: text({ ar: '', en: '' }),
        toc: text({ ar: '[]', en: '[]' }),
        author: this.user,
      });
      fillVersion(version, body, rendered);
      if (body.publish) this.publishVersion(tx, doc, version);
      await tx.flush();
      if (body.publish) await reindexDocument(tx, doc, plainTexts(rendered));
      recordAudit(tx, this.actor, {
        action: 'libraryDocument.create',
        targetType: 'LibraryDocument',
        targetId: doc.id,
        after: { ...snapshot(doc), version: 1, published: body.publish },
      });
      return { document: doc, version };
    });
  }

  update(
    id: number,
    fields: Partial<DocumentFields>,
  ): Promise<Result<{ document: LibraryDocument }>> {
    return inTransaction(this.em, async (tx) => {
      const doc = await tx.findOne(LibraryDocument, { id });
      if (!doc) return reject('NOT_FOUND', 'No document has this id.', 'id');
      const owner = await this.checkFields(tx, fields, doc);
      const before = snapshot(doc);
      if (fields.slug !== undefined) doc.slug = fields.slug;
      if (fields.kind !== undefined) doc.kind = fields.kind;
      if (fields.titleAr !== undefined || fields.titleEn !== undefined) {
        doc.title = text({
          ar: fields.titleAr?.trim() ?? doc.title.ar,
          en: fields.titleEn?.trim() ?? doc.title.en,
        });
      }
      if (fields.tags !== undefined) doc.tags = fields.tags;
      if (fields.toolKey !== undefined) doc.toolKey = fields.toolKey;
      if (fields.reviewBy !== undefined) doc.reviewBy = fields.reviewBy;
      if (owner !== undefined) doc.owner = owner;
      await tx.flush();
      await reindexDocument(tx, doc);
      recordAudit(tx, this.actor, {
        action: 'libraryDocument.update',
        targetType: 'LibraryDocument',
        targetId: doc.id,
        before,
        after: snapshot(doc),
      });
      return { document: doc };
    });
  }

  /** Writes the document's draft (a new version after the latest, or the open draft) and may publish it. */
  async saveVersion(
    documentId: number,
    fields: VersionFields,
  ): Promise<Result<{ document: LibraryDocument; version: DocumentVersion }>> {
    // Rendered off the request thread, and before the transaction: no lock is held meanwhile.
    const rendered = await renderTexts(fields);
    return inTransaction(this.em, async (tx) => {
      const doc = await tx.findOne(LibraryDocument, { id: documentId });
      if (!doc) return reject('NOT_FOUND', 'No document has this id.', 'documentId');
      const latest = await tx.findOne(
        DocumentVersion,
        { document: doc },
        { orderBy: { number: 'desc' } },
      );
      const reuse = latest?.status === DocumentVersionStatus.DRAFT ? latest : null;
      const version =
        reuse ??
        tx.create(DocumentVersion, {
          document: doc,
          number: (latest?.number ?? 0) + 1,
          body: text({ ar: '', en: '' }),
          html: text({ ar: '', en: '' }),
          toc: text({ ar: '[]', en: '[]' }),
          author: this.user,
        });
      const before = reuse ? { number: reuse.number, body: { ...reuse.body } } : undefined;
      fillVersion(version, fields, rendered);
      if (fields.publish) this.publishVersion(tx, doc, version);
      await tx.flush();
      if (fields.publish) await reindexDocument(tx, doc, plainTexts(rendered));
      recordAudit(tx, this.actor, {
        action: fields.publish ? 'libraryDocument.publish' : 'libraryDocument.saveDraft',
        targetType: 'LibraryDocument',
        targetId: doc.id,
        before,
        after: {
          number: version.number,
          changeNote: version.changeNote,
          body: { ...version.body },
        },
      });
      return { document: doc, version };
    });
  }

  /** Publishes a draft version: it becomes the document's current text. */
  publish(
    versionId: number,
  ): Promise<Result<{ document: LibraryDocument; version: DocumentVersion }>> {
    return inTransaction(this.em, async (tx) => {
      const version = await tx.findOne(
        DocumentVersion,
        { id: versionId },
        { populate: ['document'] },
      );
      if (!version) return reject('NOT_FOUND', 'No document version has this id.', 'id');
      if (version.status !== DocumentVersionStatus.DRAFT) {
        reject('ALREADY_PUBLISHED', 'This version is already published.', 'id');
      }
      const doc = version.document as LibraryDocument;
      this.publishVersion(tx, doc, version);
      await tx.flush();
      await reindexDocument(tx, doc);
      recordAudit(tx, this.actor, {
        action: 'libraryDocument.publish',
        targetType: 'LibraryDocument',
        targetId: doc.id,
        after: { number: version.number },
      });
      return { document: doc, version };
    });
  }
}
