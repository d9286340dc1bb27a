import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import type { User } from '../accounts/user.entity.js';
import { searchTerms } from '../common/arabic.js';
import { badInput } from '../common/errors.js';
import {
  checkPageSize,
  decodeCursor,
  emptyPageInfo,
  encodeCursor,
  paginate,
  type ConnectionShape,
  type PageArgs,
} from '../common/connection.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { Tool } from '../policy/tool.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import {
  canRead,
  canSeeDrafts,
  isEditor,
  readableAttachments,
  today,
  visibleTo,
} from './library.access.js';
import { DocumentAttachment, DocumentVersion, type LibraryDocument } from './library.entity.js';
import { ContentLanguage, DocumentVersionStatus, SearchHitKind } from './library.enums.js';
import type { LibraryDocumentFilter } from './library.inputs.js';
import type { LibrarySearchHit } from './library.types.js';
import { ensurePolicyIndexed, highlight, matchIndex } from './search.js';

const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;

const asIs = (d: LibraryDocument) => d;

/** How a document is found: by id, address (slug) or policy tool key. */
export type DocumentKey = { id: number } | { slug: string } | { toolKey: string };

/** The library's reads: lists of documents, one document, its versions and files, search. */
export class LibraryDocumentRepository extends EntityRepository<LibraryDocument> {
  /** The documents the user may see, in the order they were added (id as the cursor). */
  page(
    user: User,
    filter: LibraryDocumentFilter | null,
    args: PageArgs,
  ): Promise<ConnectionShape<LibraryDocument>> {
    const conditions: FilterQuery<LibraryDocument>[] = [visibleTo(user)];
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.tag) {
      const tag = filter.tag.replace(/[%_\\,]/g, '');
      conditions.push({
        $or: [
          { tagsText: tag },
          { tagsText: { $like: `${tag},%` } },
          { tagsText: { $like: `%,${tag}` } },
          { tagsText: { $like: `%,${tag},%` } },
        ],
      });
    }
    if (filter?.published === true) conditions.push({ currentVersion: { $ne: null } });
    if (filter?.published === false) conditions.push({ currentVersion: null });
    return paginate(this, { $and: conditions }, args, asIs);
  }

  /** Documents past their review date: all of them for editors, their own for anyone else. */
  dueForReview(user: User, args: PageArgs): Promise<ConnectionShape<LibraryDocument>> {
    const where: FilterQuery<LibraryDocument> = { reviewBy: { $lt: today() } };
    if (!isEditor(user)) where.owner = user.id;
    return paginate(this, where, args, asIs);
  }

  /** One document, when the user may read it. */
  async findReadable(user: User, key: DocumentKey): Promise<LibraryDocument | null> {
    const doc = await this.findOne(key);
    return doc && canRead(user, doc) ? doc : null;
  }

  /** The published document that is the policy tool `toolKey`, if any. */
  findPublishedTool(toolKey: string): Promise<LibraryDocument | null> {
    return this.findOne({ toolKey, currentVersion: { $ne: null } });
  }

  /**
   * The published document of a tool the policy in force lists, and its published version: what
   * anyone may read (the association's public guides and forms). Null for any other key, a
   * document not published, or a tool only an older or draft policy version lists.
   */
  async findPublicTool(
    toolKey: string,
  ): Promise<{ doc: LibraryDocument; version: DocumentVersion } | null> {
    const listed = await this.em.count(Tool, {
      key: toolKey,
      version: { status: PolicyVersionStatus.ACTIVE },
    });
    if (!listed) return null;
    const doc = await this.findOne({ toolKey, currentVersion: { $ne: null } });
    const version = doc?.currentVersion
      ? await this.em.findOne(DocumentVersion, {
          id: doc.currentVersion.id,
          status: DocumentVersionStatus.PUBLISHED,
        })
      : null;
    return doc && version ? { doc, version } : null;
  }

  /** The open draft after the latest published version, for those who may see it. */
  async draftOf(user: User | null, doc: LibraryDocument): Promise<DocumentVersion | null> {
    if (!canSeeDrafts(user, doc)) return null;
    const latest = await this.em.findOne(
      DocumentVersion,
      { document: doc.id },
      { orderBy: { number: 'desc' } },
    );
    return latest?.status === DocumentVersionStatus.DRAFT ? latest : null;
  }

  /** Version history, newest first: drafts only for those who may see them. */
  versionsOf(user: User | null, doc: LibraryDocument): Promise<DocumentVersion[]> {
    const where: FilterQuery<DocumentVersion> = { document: doc.id };
    if (!canSeeDrafts(user, doc)) where.status = DocumentVersionStatus.PUBLISHED;
    return this.em.find(DocumentVersion, where, { orderBy: { number: 'desc' } });
  }

  /** Attached files, oldest first, that the user may see. */
  async attachmentsOf(user: User | null, doc: LibraryDocument): Promise<DocumentAttachment[]> {
    const rows = await this.em.find(
      DocumentAttachment,
      { document: doc.id },
      { orderBy: { id: 'asc' } },
    );
    return readableAttachments(this.em, user, doc, rows);
  }

  /** The active policy's handling steps that use the document as a tool, in order. */
  stepsUsing(doc: LibraryDocument): Promise<HandlingStep[]> {
    if (!doc.toolKey) return Promise.resolve([]);
    return this.em.find(
      HandlingStep,
      { version: { status: PolicyVersionStatus.ACTIVE }, tools: { key: doc.toolKey } },
      { orderBy: { position: 'asc' } },
    );
  }

  /**
   * Searches the published documents and the active policy (search.ts keeps the SQL), best
   * first; a policy tool that has a published document is found as that document. The cursor
   * is the position in the ranked list.
   */
  async search(query: string, args: PageArgs): Promise<ConnectionShape<LibrarySearchHit>> {
    const first = checkPageSize(args.first);
    if (query.length > MAX_QUERY_LENGTH) {
      throw badInput(`The query is limited to ${MAX_QUERY_LENGTH} characters.`, 'query');
    }
    const offset = decodeCursor(args.after) ?? 0;
    const terms = searchTerms(query).slice(0, MAX_QUERY_TERMS);
    if (!terms.length) return { edges: [], pageInfo: emptyPageInfo(), totalCount: 0 };
    const policy = await ensurePolicyIndexed(this.em);
    const matches = await matchIndex(this.em, terms, policy);

    const toolKeys = matches.filter((m) => m.kind === SearchHitKind.TOOL).map((m) => m.itemKey);
    const toolDocs = toolKeys.length
      ? await this.find({ toolKey: { $in: toolKeys }, currentVersion: { $ne: null } })
      : [];
    const docByTool = new Map(toolDocs.map((d) => [d.toolKey!, d]));

    const termSet = new Set(terms);
    const seen = new Set<string>();
    const hits: LibrarySearchHit[] = [];
    for (const m of matches) {
      const doc = m.kind === SearchHitKind.TOOL ? docByTool.get(m.itemKey) : undefined;
      const kind = doc ? SearchHitKind.DOCUMENT : m.kind;
      const itemKey = doc ? String(doc.id) : m.itemKey;
      const id =
        kind === SearchHitKind.DOCUMENT ? `DOCUMENT:${itemKey}` : `${kind}:${m.ref}:${itemKey}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const title = doc ? doc.title[m.lang] : m.title;
      hits.push({
        id,
        kind,
        language: m.lang === 'ar' ? ContentLanguage.AR : ContentLanguage.EN,
        title,
        titleHtml: highlight(title, termSet),
        snippetHtml: highlight(m.body, termSet, 32),
        score: m.score,
        itemKey: kind === SearchHitKind.DOCUMENT ? null : itemKey,
        documentId: kind === SearchHitKind.DOCUMENT ? Number(itemKey) : null,
      });
    }
    const page = hits.slice(offset, offset + first);
    return {
      edges: page.map((node, i) => ({ node, cursor: encodeCursor(offset + i + 1) })),
      pageInfo: {
        hasNextPage: offset + first < hits.length,
        hasPreviousPage: offset > 0,
        startCursor: page.length ? encodeCursor(offset + 1) : null,
        endCursor: page.length ? encodeCursor(offset + page.length) : null,
      },
      totalCount: hits.length,
    };
  }
}
