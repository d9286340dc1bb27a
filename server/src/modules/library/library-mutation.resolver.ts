import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { parseId } from '../common/input.js';
import { LIBRARY_EDITOR_ROLES } from './library.access.js';
import {
  DocumentCreateInput,
  DocumentUpdateInput,
  DocumentVersionPublishInput,
  DocumentVersionSaveInput,
} from './library.inputs.js';
import { LibraryService, type DocumentFields, type VersionFields } from './library.service.js';
import {
  DocumentCreatePayload,
  DocumentUpdatePayload,
  DocumentVersionPublishPayload,
  DocumentVersionSavePayload,
  toLibraryDocumentChange,
} from './library.types.js';
import { caller } from './library-caller.js';

const service = (ctx: Context) => new LibraryService(ctx.em, actorOf(ctx), caller(ctx));

const versionFields = (input: DocumentCreateInput | DocumentVersionSaveInput): VersionFields => ({
  bodyAr: input.bodyAr,
  bodyEn: input.bodyEn,
  changeNote: input.changeNote ?? null,
  publish: input.publish,
});

/** The metadata changes an update asks for: omitted fields stay, empty strings clear. */
function documentChanges(input: DocumentUpdateInput): Partial<DocumentFields> {
  const fields: Partial<DocumentFields> = {};
  if (input.slug != null) fields.slug = input.slug;
  if (input.kind != null) fields.kind = input.kind;
  if (input.titleAr != null) fields.titleAr = input.titleAr;
  if (input.titleEn != null) fields.titleEn = input.titleEn;
  if (input.tags != null) fields.tags = input.tags;
  if (input.toolKey != null) fields.toolKey = input.toolKey || null;
  if (input.ownerId != null) fields.ownerId = parseId(input.ownerId, 'ownerId');
  if (input.reviewBy != null) fields.reviewBy = input.reviewBy || null;
  return fields;
}

@Resolver()
export class LibraryMutationResolver {
  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => DocumentCreatePayload, {
    description:
      'Adds a document with its first version (a draft, or published at once). Access: manager, admin.',
  })
  async documentCreate(
    @Arg('input', () => DocumentCreateInput, { description: 'The document.' })
    input: DocumentCreateInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentCreatePayload> {
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
    return toLibraryDocumentChange(await service(ctx).create(fields, versionFields(input)));
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => DocumentUpdatePayload, {
    description:
      'Changes a document’s metadata: address, kind, titles, tags, tool, owner, review date. Access: manager, admin.',
  })
  async documentUpdate(
    @Arg('input', () => DocumentUpdateInput, { description: 'The changes.' })
    input: DocumentUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentUpdatePayload> {
    return toLibraryDocumentChange(
      await service(ctx).update(parseId(input.id), documentChanges(input)),
    );
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => DocumentVersionSavePayload, {
    description:
      'Writes the text of a document’s next version (or rewrites its open draft) and, when asked, publishes it. Access: manager, admin.',
  })
  async documentVersionSave(
    @Arg('input', () => DocumentVersionSaveInput, { description: 'The text.' })
    input: DocumentVersionSaveInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentVersionSavePayload> {
    return toLibraryDocumentChange(
      await service(ctx).saveVersion(parseId(input.documentId, 'documentId'), versionFields(input)),
    );
  }

  @Access(LIBRARY_EDITOR_ROLES)
  @Mutation(() => DocumentVersionPublishPayload, {
    description:
      'Publishes a draft version: it becomes the text every reader sees. Access: manager, admin.',
  })
  async documentVersionPublish(
    @Arg('input', () => DocumentVersionPublishInput, { description: 'The draft.' })
    input: DocumentVersionPublishInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentVersionPublishPayload> {
    return toLibraryDocumentChange(await service(ctx).publish(parseId(input.id)));
  }
}
