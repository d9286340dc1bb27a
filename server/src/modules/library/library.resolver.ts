import { ref } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { Tool } from '../policy/tool.entity.js';
import { downloadUrl } from './attachments.js';
import { isEditor, today } from './library.access.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import { ContentLanguage } from './library.enums.js';
import {
  DocumentAttachmentType,
  DocumentHeading,
  DocumentVersionType,
  LibraryDocumentType,
  LibrarySearchHit,
  PolicyToolDocument,
  toDocumentHeadings,
} from './library.types.js';

const documents = (ctx: Context) => ctx.em.getRepository(LibraryDocument);

/** The display name of a user reference, loaded in one batch with the others of the request. */
async function nameOf(user: DocumentVersion['author']): Promise<string | null> {
  return user ? ((await ref(user).load({ dataloader: true }))?.displayName ?? null) : null;
}

@Resolver(() => LibraryDocumentType)
export class LibraryDocumentResolver {
  @FieldResolver(() => Boolean, { description: 'True once a version is published.' })
  published(@Root() doc: LibraryDocument): boolean {
    return doc.currentVersion != null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the review-by date has passed.' })
  reviewOverdue(@Root() doc: LibraryDocument): boolean {
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
  ownerId(@Root() doc: LibraryDocument): string | null {
    return doc.owner ? String(doc.owner.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the user who keeps the document current.',
  })
  ownerName(@Root() doc: LibraryDocument): Promise<string | null> {
    return nameOf(doc.owner);
  }

  @FieldResolver(() => DocumentVersionType, {
    nullable: true,
    description: 'The latest published version: the text readers see.',
  })
  async currentVersion(@Root() doc: LibraryDocument): Promise<DocumentVersion | null> {
    const current = doc.currentVersion;
    return current ? ref(current).loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => DocumentVersionType, {
    nullable: true,
    description:
      'The open draft after the latest published version, for its owner, managers and admins; null otherwise.',
  })
  draftVersion(@Root() doc: LibraryDocument, @Ctx() ctx: Context): Promise<DocumentVersion | null> {
    return documents(ctx).draftOf(ctx.user, doc);
  }

  @FieldResolver(() => [DocumentVersionType], {
    description:
      'Version history, newest first: published versions, and drafts for those who may see them.',
  })
  versions(@Root() doc: LibraryDocument, @Ctx() ctx: Context): Promise<DocumentVersion[]> {
    return documents(ctx).versionsOf(ctx.user, doc);
  }

  @FieldResolver(() => [DocumentAttachmentType], {
    description:
      'Attached files, oldest first: those of published versions, and those of the draft for those who may see it.',
  })
  attachments(@Root() doc: LibraryDocument, @Ctx() ctx: Context): Promise<DocumentAttachment[]> {
    return documents(ctx).attachmentsOf(ctx.user, doc);
  }

  @FieldResolver(() => [HandlingStep], {
    description:
      'The handling steps of the active policy that use this document as a tool, in order.',
  })
  steps(@Root() doc: LibraryDocument, @Ctx() ctx: Context): Promise<HandlingStep[]> {
    return documents(ctx).stepsUsing(doc);
  }
}

@Resolver(() => DocumentVersionType)
export class DocumentVersionResolver {
  @FieldResolver(() => [DocumentHeading], {
    description: 'Table of contents: the headings of levels 2 and 3, in order.',
  })
  toc(
    @Root() version: DocumentVersion,
    @Arg('language', () => ContentLanguage, { description: 'Which language’s headings.' })
    language: ContentLanguage,
  ): DocumentHeading[] {
    return toDocumentHeadings(version, language === ContentLanguage.AR ? 'ar' : 'en');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it.' })
  authorName(@Root() version: DocumentVersion): Promise<string | null> {
    return nameOf(version.author);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who published it.' })
  publishedByName(@Root() version: DocumentVersion): Promise<string | null> {
    return nameOf(version.publishedBy);
  }
}

@Resolver(() => DocumentAttachmentType)
export class DocumentAttachmentResolver {
  @FieldResolver(() => String, {
    description: 'Same-origin address that downloads the file (signed-in users).',
  })
  downloadUrl(@Root() attachment: DocumentAttachment): string {
    return downloadUrl(attachment.id);
  }
}

@Resolver(() => LibrarySearchHit)
export class LibrarySearchHitResolver {
  @FieldResolver(() => LibraryDocumentType, {
    nullable: true,
    description: 'The document, for document hits.',
  })
  async document(
    @Root() hit: LibrarySearchHit,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocument | null> {
    if (hit.documentId == null) return null;
    return documents(ctx).findOne({ id: hit.documentId });
  }
}

/** Links each policy tool to its library document. */
@Resolver(() => Tool)
export class ToolDocumentResolver {
  @FieldResolver(() => LibraryDocumentType, {
    nullable: true,
    description:
      'The library document this tool is, when it is published (signed-in users; null for anonymous callers).',
  })
  async document(@Root() tool: Tool, @Ctx() ctx: Context): Promise<LibraryDocument | null> {
    if (!ctx.user) return null;
    return documents(ctx).findPublishedTool(tool.key);
  }
}

@Resolver(() => PolicyToolDocument)
export class PolicyToolDocumentResolver {
  @FieldResolver(() => [DocumentHeading], {
    description: 'Table of contents of the published text: the headings of levels 2 and 3.',
  })
  toc(
    @Root() doc: PolicyToolDocument,
    @Arg('language', () => ContentLanguage, { description: 'Which language’s headings.' })
    language: ContentLanguage,
  ): DocumentHeading[] {
    return toDocumentHeadings(doc.version, language === ContentLanguage.AR ? 'ar' : 'en');
  }
}
