import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import {
  DocumentAttachmentResolver,
  DocumentVersionResolver,
  LibraryDocumentResolver,
  LibraryQueryResolver,
  LibrarySearchHitResolver,
  ToolDocumentResolver,
} from './library.resolver.js';

/** The document library: documents, versions, attachments and search. */
export const libraryModule = {
  entities: [LibraryDocument, DocumentVersion, DocumentAttachment],
  resolvers: [
    LibraryQueryResolver,
    LibraryDocumentResolver,
    DocumentVersionResolver,
    DocumentAttachmentResolver,
    LibrarySearchHitResolver,
    ToolDocumentResolver,
  ],
} as const;
