import { onDocumentTypeKeys } from '../policy/document-requirements.js';
import { onStepEnding } from '../transactions/transaction-checklist.js';
import { BeneficiaryDocument, TransactionDocument } from './beneficiary-document.entity.js';
import { DocumentType } from './document-type.entity.js';
import { requireDocuments } from './document-requirements.service.js';
import { documentTypeKeySet } from './documents.service.js';
import {
  PersonalDocumentFieldsResolver,
  BeneficiaryDocumentsResolver,
  DocumentsResolver,
  TransactionDocumentsResolver,
} from './documents.resolver.js';

// A step whose checklist asks for a document cannot end without a current one on file, and a
// policy draft's checklist may only name the types kept here.
onStepEnding(requireDocuments);
onDocumentTypeKeys(documentTypeKeySet);

/** The beneficiary's file: document types, documents, and what steps ask for on file. */
export const documentsModule = {
  entities: [DocumentType, BeneficiaryDocument, TransactionDocument],
  resolvers: [
    DocumentsResolver,
    BeneficiaryDocumentsResolver,
    TransactionDocumentsResolver,
    PersonalDocumentFieldsResolver,
  ],
} as const;
