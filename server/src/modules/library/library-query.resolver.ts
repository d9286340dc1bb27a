import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access, PUBLIC, SIGNED_IN } from '../common/access.js';
import { badInput } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { LIBRARY_EDITOR_ROLES } from './library.access.js';
import { LibraryDocument } from './library.entity.js';
import { LibraryDocumentFilter, TOOL_KEY } from './library.inputs.js';
import type { DocumentKey } from './library.repository.js';
import {
  LibraryDocumentConnection,
  LibraryDocumentType,
  LibrarySearchHitConnection,
  PolicyToolDocument,
  toPolicyToolDocument,
} from './library.types.js';
import { MAX_MARKDOWN_LENGTH, renderMarkdownOffThread } from './markdown.js';
import { caller } from './library-caller.js';

const documents = (ctx: Context) => ctx.em.getRepository(LibraryDocument);

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
    return documents(ctx).page(caller(ctx), filter, { first, after });
  }

  @Access(SIGNED_IN)
  @Query(() => LibraryDocumentType, {
    nullable: true,
    description:
      'One document by id, address (slug) or policy tool key; null when there is none the caller may read. Access: any signed-in user.',
  })
  libraryDocument(
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'Or its address.' })
    slug: string | null,
    @Arg('toolKey', () => String, {
      nullable: true,
      description: 'Or the key of the policy tool it is.',
    })
    toolKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<LibraryDocument | null> {
    const user = caller(ctx);
    let key: DocumentKey;
    if (id) key = { id: parseId(id) };
    else if (slug) key = { slug: slug.slice(0, 80) };
    else if (toolKey) key = { toolKey: toolKey.slice(0, 64) };
    else throw badInput('Give an id, a slug or a tool key.', 'id');
    return documents(ctx).findReadable(user, key);
  }

  @Access(PUBLIC)
  @Query(() => PolicyToolDocument, {
    nullable: true,
    description:
      'The published text of a tool the policy in force lists (the association’s own guides and forms, which its public policy page links): null for any other key, and for a tool whose document is not published. Drafts, history and every other document stay with signed-in users (`libraryDocument`). Access: anyone, signed in or not.',
  })
  async policyToolDocument(
    @Arg('toolKey', () => String, { description: 'The policy tool’s key (up to 64 characters).' })
    toolKey: string,
    @Ctx() ctx: Context,
  ): Promise<PolicyToolDocument | null> {
    if (!TOOL_KEY.test(toolKey)) {
      throw badInput('A tool key is 2 to 64 capital letters, digits or underscores.', 'toolKey');
    }
    const found = await documents(ctx).findPublicTool(toolKey);
    return found ? toPolicyToolDocument(found.doc, found.version) : null;
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
    return documents(ctx).dueForReview(caller(ctx), { first, after });
  }

  @Access(SIGNED_IN)
  @Query(() => LibrarySearchHitConnection, {
    description:
      'Searches the published library documents (titles, tags, text) and the active policy (texts, objectives, channels, tools, steps). Arabic-aware: diacritics, tatweel, hamza and alef forms, ta marbuta and alef maqsura are folded, the article ال and the prefixes و ف ب ك ل and common suffixes are stripped; English is lower-cased and stemmed. Best first. Access: any signed-in user.',
  })
  librarySearch(
    @Arg('query', () => String, { description: 'Words to find (up to 200 characters).' })
    query: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    caller(ctx);
    return documents(ctx).search(query, { first, after });
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
}
