import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { TransactionType } from '../transactions/transaction.types.js';
import type { Transaction } from '../transactions/transaction.entity.js';
import type { BeneficiaryDocument } from './beneficiary-document.entity.js';
import type { DocumentType } from './document-type.entity.js';
import { riyadhDay } from '../calendar/working-days.js';
import { isCurrent } from './documents.service.js';

/** GraphQL `DocumentType` (the entity holds the name). Not personal data. */
@ObjectType('DocumentType', {
  description:
    'A kind of document a beneficiary’s file holds (national ID copy, income proof, …), kept by managers. Readable by every signed-in role.',
})
export class DocumentTypeType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Stable key, named by checklist items that ask for it.' })
  key!: string;

  @Field(() => LocalizedText, { description: 'Its name, in Arabic and English.' })
  name!: LocalizedText;

  @Field(() => Boolean, {
    description: 'Whether documents of this kind have an expiry date and must be current.',
  })
  expires!: boolean;

  @Field(() => Boolean, { description: 'Offered for new documents.' })
  active!: boolean;
}

export const toDocumentTypeType = (t: DocumentType): DocumentTypeType => ({
  id: String(t.id),
  key: t.key,
  name: t.name,
  expires: t.expires,
  active: t.active,
});

/** GraphQL `BeneficiaryDocument` (the entity holds the name). Personal data. */
@ObjectType('PersonalDocument', {
  description:
    'A document on a beneficiary’s file (PDF, PNG or JPEG). Personal data: readable by staff, researcher, committee and manager only; every download is audited.',
})
export class PersonalDocument {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => DocumentTypeType, { description: 'Its kind.' })
  type!: DocumentTypeType;

  @Field(() => String, { nullable: true, description: 'Issue date, YYYY-MM-DD (Gregorian).' })
  issuedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day it is valid, YYYY-MM-DD (Gregorian); null when its kind does not expire.',
  })
  expiresOn!: string | null;

  @Field(() => Boolean, {
    description: 'On file and not past its expiry day (Riyadh time): it counts for the steps.',
  })
  current!: boolean;

  @Field(() => String, { description: 'The file’s name as uploaded, cleaned.' })
  filename!: string;

  @Field(() => String, { description: 'PDF, PNG or JPEG, as its first bytes say.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content (hex).' })
  sha256!: string;

  @Field(() => String, {
    description: 'Where to download it (a signed-in session of a role that reads it; audited).',
  })
  downloadUrl!: string;

  @Field(() => Date, { description: 'When it was added to the file.' })
  addedAt!: Date;

  /** Who added it (for `addedByDisplayName`); not a field. */
  addedById!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was taken off the file (a wrong or replaced scan); null while on file.',
  })
  removedAt!: Date | null;
}

export const downloadUrl = (id: number) => `/api/documents/${id}`;

export const toPersonalDocument = (
  d: BeneficiaryDocument,
  today = riyadhDay(new Date()),
): PersonalDocument => ({
  id: String(d.id),
  type: toDocumentTypeType(d.type as DocumentType),
  issuedOn: d.issuedOn ?? null,
  expiresOn: d.expiresOn ?? null,
  current: isCurrent(d, today),
  filename: d.filename,
  contentType: d.contentType,
  size: d.size,
  sha256: d.sha256,
  downloadUrl: downloadUrl(d.id),
  addedAt: d.createdAt,
  addedById: d.addedBy?.id ?? null,
  removedAt: d.removedAt ?? null,
});

@ObjectType({ description: 'The result of documentTypeSave.' })
export class DocumentTypeSavePayload {
  @Field(() => DocumentTypeType, { nullable: true, description: 'The type as saved.' })
  documentType!: DocumentTypeType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of beneficiaryDocumentRemove.' })
export class BeneficiaryDocumentRemovePayload {
  @Field(() => PersonalDocument, {
    nullable: true,
    description: 'The document, now marked removed.',
  })
  document!: PersonalDocument | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

/** What attaching and detaching answer. */
@InterfaceType('TransactionDocumentChange', {
  description: 'What attaching a document to a transaction or detaching it answers.',
})
export abstract class TransactionDocumentChange {
  @Field(() => TransactionType, {
    nullable: true,
    description: 'The transaction, with its documents.',
  })
  transaction!: Transaction | null;

  @Field(() => PersonalDocument, { nullable: true, description: 'The document.' })
  document!: PersonalDocument | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description: 'The result of transactionDocumentAttach.',
  implements: TransactionDocumentChange,
})
export class TransactionDocumentAttachPayload extends TransactionDocumentChange {}

@ObjectType({
  description: 'The result of transactionDocumentDetach.',
  implements: TransactionDocumentChange,
})
export class TransactionDocumentDetachPayload extends TransactionDocumentChange {}
