import { ref, type FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, SIGNED_IN } from '../accounts/access.js';
import type { User } from '../accounts/user.entity.js';
import { searchTerms } from '../common/arabic.js';
import {
  checkPageSize,
  emptyPageInfo,
  decodeCursor,
  encodeCursor,
  toConnection,
  type ConnectionShape,
} from '../common/connection.js';
import { badInput, unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import type { Result } from '../common/payload.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { Tool } from '../policy/tool.entity.js';
import { downloadUrl } from './attachments.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import { ContentLanguage, DocumentVersionStatus, SearchHitKind } from './library.enums.js';
import {
  canRead,
  canSeeDrafts,
  isEditor,
  LIBRARY_EDITOR_ROLES,
  LibraryService,
  readableAttachments,
  today,
  visibleTo,
  type DocumentFields,
} from './library.service.js';
import { MAX_MARKDOWN_LENGTH, renderMarkdownOffThread, type TocEntry } from './markdown.js';
import { ensurePolicyIndexed, highlight, matchIndex } from './search.js';
import {
  DocumentAttachmentObject,
  DocumentCreateInput,
  DocumentHeading,
  DocumentUpdateInput,
  DocumentVersionObject,
  DocumentVersionPublishInput,
  DocumentVersionSaveInput,
  LibraryDocumentConnection,
  LibraryDocumentFilter,
  LibraryDocumentObject,
  LibraryDocumentPayload,
  LibrarySearchHit,
  LibrarySearchHitConnection,
} from './library.types.js';

function caller(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

const service = (ctx: Context) => new LibraryService(ctx.em, actorOf(ctx), caller(ctx));

const asObject = (d: LibraryDocument) => d as unknown as LibraryDocumentObject;
const asVersion = (v: DocumentVersion) => v as unknown as DocumentVersionObject;
const asEntity = (d: LibraryDocumentObject) => d as unknown as LibraryDocument;

function payload(
  r: Result<{ document: LibraryDocument; version?: DocumentVersion }>,
): LibraryDocumentPayload {
  return r.ok
    ? {
        document: asObject(r.document),
        version: r.version ? asVersion(r.version) : null,
        errors: [],
      }
    : { document: null, version: null, errors: r.errors };
}

/** A page of documents in slug order, id as the cursor. */
async function documentPage(
  ctx: Context,
  where: FilterQuery<LibraryDocument>,
  first: number,
  after: string | null,
) {
  checkPageSize(first);
  const afterId = decodeCursor(after);
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(LibraryDocument, afterId ? { $and: [where, { id: { $gt: afterId } }] } : where, {
      orderBy: { id: 'asc' },
      limit: first + 1,
    }),
    ctx.em.count(LibraryDocument, where),
  ]);
  return toConnection(rows, { first, after }, totalCount, asObject);
}

const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;

@Resolver()
export class LibraryQueryResolver {
  @Access(SIGNED_IN)
  @Query(() => LibraryDocumentConnection, {
    description:
      'Library documents in the order they were added: published ones for every signed-in user; drafts too for their owner, managers and admins. Access: any signed-in user.',
  })
  libraryDocuments(
    @Arg('filter', () => LibraryDocumentFilter, { nullable: true, description: 'Conditions.' })
    filter: LibraryDocumentFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<LibraryDocument>[] = [visibleTo(caller(ctx))];
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
    return documentPage(ctx, { $and: conditions }, first, after);
  }

  @Access(SIGNED_IN)
  @Query(() => LibraryDocumentObject, {
    nullable: true,
    description:
      'One document by id, address (slug) or policy tool key; null when there is none the caller may read. Access: any signed-in user.',
  })
  async libraryDocument(
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'Or its address.' })
    slug: string | null,
    @Arg('toolKey', () => String, {
      nullable: true,
      description: 'Or the key of the policy tool it is.',
    })
    toolKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentObject | null> {
    const user = caller(ctx);
    let where: FilterQuery<LibraryDocument>;
    if (id) where = { id: parseId(id) };
    else if (slug) where = { slug: slug.slice(0, 80) };
    else if (toolKey) where = { toolKey: toolKey.slice(0, 64) };
    else throw badInput('Give an id, a slug or a tool key.', 'id');
    const doc = await ctx.em.findOne(LibraryDocument, where);
    return doc && canRead(user, doc) ? asObject(doc) : null;
  }

  @Access(SIGNED_IN)
  @Query(() => LibraryDocumentConnection, {
    description:
      'Documents whose review-by date has passed, oldest first by id: a manager or admin sees all of them, anyone else those they own. Access: any signed-in user.',
  })
  libraryDocumentsDueForReview(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    const user = caller(ctx);
    const where: FilterQuery<LibraryDocument> = { reviewBy: { $lt: today() } };
    if (!isEditor(user)) where.owner = user.id;
    return documentPage(ctx, where, first, after);
  }

  @Access(SIGNED_IN)
  @Query(() => LibrarySearchHitConnection, {
    description:
      'Searches the published library documents (titles, tags, text) and the active policy (texts, objectives, channels, tools, steps). Arabic-aware: diacritics, tatweel, hamza and alef forms, ta marbuta and alef maqsura are folded, the article ال and the prefixes و ف ب ك ل and common suffixes are stripped; English is lower-cased and stemmed. Best first. Access: any signed-in user.',
  })
  async librarySearch(
    @Arg('query', () => String, { description: 'Words to find (up to 200 characters).' })
    query: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<LibrarySearchHit>> {
    caller(ctx);
    checkPageSize(first);
    if (query.length > MAX_QUERY_LENGTH) {
      throw badInput(`The query is limited to ${MAX_QUERY_LENGTH} characters.`, 'query');
    }
    const offset = decodeCursor(after) ?? 0;
    const terms = searchTerms(query).slice(0, MAX_QUERY_TERMS);
    const empty = { edges: [], pageInfo: emptyPageInfo(), totalCount: 0 };
    if (!terms.length) return empty;
    const policy = await ensurePolicyIndexed(ctx.em);
    const matches = await matchIndex(ctx.em, terms, policy);

    // A policy tool that has a published document is found as that document.
    const toolKeys = matches.filter((m) => m.kind === SearchHitKind.TOOL).map((m) => m.itemKey);
    const toolDocs = toolKeys.length
      ? await ctx.em.find(LibraryDocument, {
          toolKey: { $in: toolKeys },
          currentVersion: { $ne: null },
        })
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

  @Access(LIBRARY_EDITOR_ROLES)
  @Query(() => String, {
    description:
      'Renders Markdown as a document version would be rendered (sanitised HTML), for the editor’s preview. Access: manager, admin.',
  })
  async documentPreview(
    @Arg('markdown', () => String, { description: 'Markdown text (up to 100,000 characters).' })
    markdown: string,
  ): Promise<string> {
    if (markdown.length > MAX_MARKDOWN_LENGTH) {
      throw badInput(`The text is limited to ${MAX_MARKDOWN_LENGTH} characters.`, 'markdown');
    }
    return (await renderMarkdownOffThread(markdown)).html;
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => LibraryDocumentPayload, {
    description:
      'Adds a document with its first version (a draft, or published at once). Access: manager, admin.',
  })
  async documentCreate(
    @Arg('input', () => DocumentCreateInput, { description: 'The document.' })
    input: DocumentCreateInput,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentPayload> {
    const fields: DocumentFields = {
      slug: input.slug,
      kind: input.kind,
      titleAr: input.titleAr,
      titleEn: input.titleEn,
      tags: input.tags,
      toolKey: input.toolKey ?? null,
      ownerId: input.ownerId ? parseId(input.ownerId, 'ownerId') : null,
      reviewBy: input.reviewBy ?? null,
    };
    return payload(
      await service(ctx).create(fields, {
        bodyAr: input.bodyAr,
        bodyEn: input.bodyEn,
        changeNote: input.changeNote ?? null,
        publish: input.publish,
      }),
    );
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => LibraryDocumentPayload, {
    description:
      'Changes a document’s metadata: address, kind, titles, tags, tool, owner, review date. Access: manager, admin.',
  })
  async documentUpdate(
    @Arg('input', () => DocumentUpdateInput, { description: 'The changes.' })
    input: DocumentUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentPayload> {
    const fields: Partial<DocumentFields> = {};
    if (input.slug != null) fields.slug = input.slug;
    if (input.kind != null) fields.kind = input.kind;
    if (input.titleAr != null) fields.titleAr = input.titleAr;
    if (input.titleEn != null) fields.titleEn = input.titleEn;
    if (input.tags != null) fields.tags = input.tags;
    if (input.toolKey != null) fields.toolKey = input.toolKey || null;
    if (input.ownerId != null) fields.ownerId = parseId(input.ownerId, 'ownerId');
    if (input.reviewBy != null) fields.reviewBy = input.reviewBy || null;
    return payload(await service(ctx).update(parseId(input.id), fields));
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => LibraryDocumentPayload, {
    description:
      'Writes the text of a document’s next version (or rewrites its open draft) and, when asked, publishes it. Access: manager, admin.',
  })
  async documentVersionSave(
    @Arg('input', () => DocumentVersionSaveInput, { description: 'The text.' })
    input: DocumentVersionSaveInput,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentPayload> {
    return payload(
      await service(ctx).saveVersion(parseId(input.documentId, 'documentId'), {
        bodyAr: input.bodyAr,
        bodyEn: input.bodyEn,
        changeNote: input.changeNote ?? null,
        publish: input.publish,
      }),
    );
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => LibraryDocumentPayload, {
    description:
      'Publishes a draft version: it becomes the text every reader sees. Access: manager, admin.',
  })
  async documentVersionPublish(
    @Arg('input', () => DocumentVersionPublishInput, { description: 'The draft.' })
    input: DocumentVersionPublishInput,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentPayload> {
    return payload(await service(ctx).publish(parseId(input.id)));
  }
}

@Resolver(() => LibraryDocumentObject)
export class LibraryDocumentResolver {
  @FieldResolver(() => Boolean, { description: 'True once a version is published.' })
  published(@Root() doc: LibraryDocumentObject): boolean {
    return asEntity(doc).currentVersion != null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the review-by date has passed.' })
  reviewOverdue(@Root() doc: LibraryDocumentObject): boolean {
    return !!doc.reviewBy && doc.reviewBy < today();
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the caller may edit the document and publish versions.',
  })
  canEdit(@Ctx() ctx: Context): boolean {
    return isEditor(ctx.user);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Id of the user who keeps the document current.',
  })
  ownerId(@Root() doc: LibraryDocumentObject): string | null {
    const owner = asEntity(doc).owner;
    return owner ? String(owner.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the user who keeps the document current.',
  })
  async ownerName(@Root() doc: LibraryDocumentObject): Promise<string | null> {
    const owner = asEntity(doc).owner;
    return owner ? ((await ref(owner).load({ dataloader: true }))?.displayName ?? null) : null;
  }

  @FieldResolver(() => DocumentVersionObject, {
    nullable: true,
    description: 'The latest published version: the text readers see.',
  })
  async currentVersion(@Root() doc: LibraryDocumentObject): Promise<DocumentVersionObject | null> {
    const current = asEntity(doc).currentVersion;
    return current ? asVersion(await ref(current).loadOrFail({ dataloader: true })) : null;
  }

  @FieldResolver(() => DocumentVersionObject, {
    nullable: true,
    description:
      'The open draft after the latest published version, for its owner, managers and admins; null otherwise.',
  })
  async draftVersion(
    @Root() doc: LibraryDocumentObject,
    @Ctx() ctx: Context,
  ): Promise<DocumentVersionObject | null> {
    if (!canSeeDrafts(ctx.user, asEntity(doc))) return null;
    const latest = await ctx.em.findOne(
      DocumentVersion,
      { document: doc.id },
      { orderBy: { number: 'desc' } },
    );
    return latest?.status === DocumentVersionStatus.DRAFT ? asVersion(latest) : null;
  }

  @FieldResolver(() => [DocumentVersionObject], {
    description:
      'Version history, newest first: published versions, and drafts for those who may see them.',
  })
  async versions(
    @Root() doc: LibraryDocumentObject,
    @Ctx() ctx: Context,
  ): Promise<DocumentVersionObject[]> {
    const where: FilterQuery<DocumentVersion> = { document: doc.id };
    if (!canSeeDrafts(ctx.user, asEntity(doc))) where.status = DocumentVersionStatus.PUBLISHED;
    const rows = await ctx.em.find(DocumentVersion, where, { orderBy: { number: 'desc' } });
    return rows.map(asVersion);
  }

  @FieldResolver(() => [DocumentAttachmentObject], {
    description:
      'Attached files, oldest first: those of published versions, and those of the draft for those who may see it.',
  })
  async attachments(
    @Root() doc: LibraryDocumentObject,
    @Ctx() ctx: Context,
  ): Promise<DocumentAttachmentObject[]> {
    const rows = await ctx.em.find(
      DocumentAttachment,
      { document: doc.id },
      { orderBy: { id: 'asc' } },
    );
    const readable = await readableAttachments(ctx.em, ctx.user, asEntity(doc), rows);
    return readable as unknown as DocumentAttachmentObject[];
  }

  @FieldResolver(() => [HandlingStep], {
    description:
      'The handling steps of the active policy that use this document as a tool, in order.',
  })
  async steps(@Root() doc: LibraryDocumentObject, @Ctx() ctx: Context): Promise<HandlingStep[]> {
    if (!doc.toolKey) return [];
    return ctx.em.find(
      HandlingStep,
      { version: { status: PolicyVersionStatus.ACTIVE }, tools: { key: doc.toolKey } },
      { orderBy: { position: 'asc' } },
    );
  }
}

@Resolver(() => DocumentVersionObject)
export class DocumentVersionResolver {
  @FieldResolver(() => [DocumentHeading], {
    description: 'Table of contents: the headings of levels 2 and 3, in order.',
  })
  toc(
    @Root() version: DocumentVersionObject,
    @Arg('language', () => ContentLanguage, { description: 'Which language’s headings.' })
    language: ContentLanguage,
  ): DocumentHeading[] {
    const lang = language === ContentLanguage.AR ? 'ar' : 'en';
    const raw = (version as unknown as DocumentVersion).toc[lang];
    const entries = JSON.parse(raw || '[]') as TocEntry[];
    return entries.map((e) => ({
      id: `${version.id}:${lang}:${e.id}`,
      anchor: e.id,
      level: e.level,
      text: e.text,
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it.' })
  async authorName(@Root() version: DocumentVersionObject): Promise<string | null> {
    const author = (version as unknown as DocumentVersion).author;
    return author ? ((await ref(author).load({ dataloader: true }))?.displayName ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who published it.' })
  async publishedByName(@Root() version: DocumentVersionObject): Promise<string | null> {
    const by = (version as unknown as DocumentVersion).publishedBy;
    return by ? ((await ref(by).load({ dataloader: true }))?.displayName ?? null) : null;
  }
}

@Resolver(() => DocumentAttachmentObject)
export class DocumentAttachmentResolver {
  @FieldResolver(() => String, {
    description: 'Same-origin address that downloads the file (signed-in users).',
  })
  downloadUrl(@Root() attachment: DocumentAttachmentObject): string {
    return downloadUrl(attachment.id);
  }
}

@Resolver(() => LibrarySearchHit)
export class LibrarySearchHitResolver {
  @FieldResolver(() => LibraryDocumentObject, {
    nullable: true,
    description: 'The document, for document hits.',
  })
  async document(
    @Root() hit: LibrarySearchHit,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocumentObject | null> {
    if (hit.documentId == null) return null;
    const doc = await ctx.em.findOne(LibraryDocument, { id: hit.documentId });
    return doc ? asObject(doc) : null;
  }
}

/** Links each policy tool to its library document. */
@Resolver(() => Tool)
export class ToolDocumentResolver {
  @FieldResolver(() => LibraryDocumentObject, {
    nullable: true,
    description:
      'The library document this tool is, when it is published (signed-in users; null for anonymous callers).',
  })
  async document(@Root() tool: Tool, @Ctx() ctx: Context): Promise<LibraryDocumentObject | null> {
    if (!ctx.user) return null;
    const doc = await ctx.em.findOne(LibraryDocument, {
      toolKey: tool.key,
      currentVersion: { $ne: null },
    });
    return doc ? asObject(doc) : null;
  }
}
