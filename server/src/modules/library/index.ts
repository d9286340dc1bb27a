import { LibraryMutationResolver } from './library-mutation.resolver.js';
import { LibraryQueryResolver } from './library-query.resolver.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import {
  DocumentAttachmentResolver,
  DocumentVersionResolver,
  LibraryDocumentResolver,
  LibrarySearchHitResolver,
  PolicyToolDocumentResolver,
  ToolDocumentResolver,
} from './library.resolver.js';

/** The document library: documents, versions, attachments and search. */
export const libraryModule = {
  entities: [LibraryDocument, DocumentVersion, DocumentAttachment],
  resolvers: [
    LibraryQueryResolver,
    LibraryMutationResolver,
    LibraryDocumentResolver,
    DocumentVersionResolver,
    DocumentAttachmentResolver,
    LibrarySearchHitResolver,
    ToolDocumentResolver,
    PolicyToolDocumentResolver,
  ],
} as const;
