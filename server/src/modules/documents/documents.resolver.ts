import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { displayNameOf } from '../accounts/accounts.service.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { notePersonalDataRead } from '../beneficiaries/personal-data-reads.js';
import { riyadhDay } from '../calendar/working-days.js';
import { Access } from '../common/access.js';
import { parseId } from '../common/input.js';
import { ALL_ROLES } from '../common/role.js';
import { stepOf, versionShape } from '../policy/version-shape.js';
import { caller } from '../transactions/transaction-caller.js';
import type { Transaction } from '../transactions/transaction.entity.js';
import { TransactionStatus } from '../transactions/transaction.enums.js';
import { TransactionType } from '../transactions/transaction.types.js';
import {
  documentsOf,
  documentsOfTransaction,
  missingDocumentTypes,
  setAttached,
} from './document-requirements.service.js';
import {
  DOCUMENT_READERS,
  DOCUMENT_TYPE_EDITORS,
  DOCUMENT_WRITERS,
  documentTypes,
  removeDocument,
  saveDocumentType,
} from './documents.service.js';
import {
  BeneficiaryDocumentRemoveInput,
  DocumentTypeSaveInput,
  TransactionDocumentAttachInput,
  TransactionDocumentDetachInput,
} from './documents.inputs.js';
import {
  BeneficiaryDocumentRemovePayload,
  PersonalDocument,
  DocumentTypeSavePayload,
  DocumentTypeType,
  toPersonalDocument,
  toDocumentTypeType,
  TransactionDocumentAttachPayload,
  TransactionDocumentDetachPayload,
} from './documents.types.js';

/** Document types, the documents on a beneficiary's file, and a transaction's documents. */
@Resolver(() => DocumentTypeType)
export class DocumentsResolver {
  @Access(ALL_ROLES)
  @Query(() => [DocumentTypeType], {
    description:
      'The kinds of document a beneficiary’s file holds, in order (not personal data). Access: any signed-in user.',
  })
  async documentTypes(
    @Arg('includeInactive', () => Boolean, {
      defaultValue: false,
      description: 'Include the types no longer offered.',
    })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<DocumentTypeType[]> {
    return (await documentTypes(ctx.em, includeInactive)).map(toDocumentTypeType);
  }

  @Access(DOCUMENT_TYPE_EDITORS)
  @Mutation(() => DocumentTypeSavePayload, {
    description:
      'Adds a document type (no id) or changes one (name, whether it expires, whether it is offered); audited. Access: manager, admin.',
  })
  async documentTypeSave(
    @Arg('input', () => DocumentTypeSaveInput, { description: 'The type.' })
    input: DocumentTypeSaveInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentTypeSavePayload> {
    const r = await saveDocumentType(ctx.em, actorOf(ctx), caller(ctx), {
      ...input,
      id: input.id != null ? parseId(input.id) : null,
    });
    return r.ok
      ? { documentType: toDocumentTypeType(r.documentType), errors: [] }
      : { documentType: null, errors: r.errors };
  }

  @Access(DOCUMENT_WRITERS)
  @Mutation(() => BeneficiaryDocumentRemovePayload, {
    description:
      'Takes a document off a beneficiary’s file (kept, marked removed, no longer counting for any step); audited. Access: staff, researcher, manager.',
  })
  async beneficiaryDocumentRemove(
    @Arg('input', () => BeneficiaryDocumentRemoveInput, { description: 'The document.' })
    input: BeneficiaryDocumentRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryDocumentRemovePayload> {
    const r = await removeDocument(ctx.em, actorOf(ctx), caller(ctx), { id: parseId(input.id) });
    if (!r.ok) return { document: null, errors: r.errors };
    notePersonalDataRead(ctx, r.document.beneficiary.id);
    return { document: toPersonalDocument(r.document), errors: [] };
  }

  @Access(DOCUMENT_WRITERS)
  @Mutation(() => TransactionDocumentAttachPayload, {
    description:
      'Attaches a document of the beneficiary’s file to one of their transactions; audited. Access: staff, researcher, manager.',
  })
  transactionDocumentAttach(
    @Arg('input', () => TransactionDocumentAttachInput, {
      description: 'Transaction and document.',
    })
    input: TransactionDocumentAttachInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDocumentAttachPayload> {
    return this.setAttached(ctx, input, true);
  }

  @Access(DOCUMENT_WRITERS)
  @Mutation(() => TransactionDocumentDetachPayload, {
    description:
      'Detaches a document from a transaction (it stays on the beneficiary’s file); audited. Access: staff, researcher, manager.',
  })
  transactionDocumentDetach(
    @Arg('input', () => TransactionDocumentDetachInput, {
      description: 'Transaction and document.',
    })
    input: TransactionDocumentDetachInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDocumentDetachPayload> {
    return this.setAttached(ctx, input, false);
  }

  private async setAttached(
    ctx: Context,
    input: { transactionId: string; documentId: string },
    attached: boolean,
  ) {
    const r = await setAttached(ctx.em, actorOf(ctx), caller(ctx), {
      transactionId: parseId(input.transactionId, 'transactionId'),
      documentId: parseId(input.documentId, 'documentId'),
      attached,
    });
    if (!r.ok) return { transaction: null, document: null, errors: r.errors };
    notePersonalDataRead(ctx, r.transaction.beneficiary.id);
    return {
      transaction: r.transaction,
      document: toPersonalDocument(r.document),
      errors: [],
    };
  }
}

/** The documents on a beneficiary's file. */
@Resolver(() => BeneficiaryType)
export class BeneficiaryDocumentsResolver {
  @Access(DOCUMENT_READERS)
  @FieldResolver(() => [PersonalDocument], {
    description:
      'The documents on the file, newest first (personal data; the read is audited). Access: staff, researcher, committee, manager.',
  })
  async documents(
    @Root() b: BeneficiaryType,
    @Arg('includeRemoved', () => Boolean, {
      defaultValue: false,
      description: 'Include the documents taken off the file.',
    })
    includeRemoved: boolean,
    @Ctx() ctx: Context,
  ): Promise<PersonalDocument[]> {
    notePersonalDataRead(ctx, Number(b.id));
    const today = riyadhDay(new Date());
    return (await documentsOf(ctx.em, Number(b.id), includeRemoved)).map((d) =>
      toPersonalDocument(d, today),
    );
  }
}

/** A transaction's documents, and what its step asks for on file that is not there. */
@Resolver(() => TransactionType)
export class TransactionDocumentsResolver {
  @Access(DOCUMENT_READERS)
  @FieldResolver(() => [PersonalDocument], {
    description:
      'The documents of the beneficiary’s file attached to this transaction, newest first. Access: staff, researcher, committee, manager.',
  })
  async documents(@Root() t: Transaction, @Ctx() ctx: Context): Promise<PersonalDocument[]> {
    const today = riyadhDay(new Date());
    return (await documentsOfTransaction(ctx.em, t.id)).map((d) => toPersonalDocument(d, today));
  }

  @Access(DOCUMENT_READERS)
  @FieldResolver(() => [DocumentTypeType], {
    description:
      'The document types the current step’s checklist asks for that the beneficiary has no current (unexpired) document of: the step cannot end until they are on file. Empty once closed. Access: staff, researcher, committee, manager.',
  })
  async missingDocuments(@Root() t: Transaction, @Ctx() ctx: Context): Promise<DocumentTypeType[]> {
    if (t.status === TransactionStatus.CLOSED) return [];
    const { steps } = await versionShape(ctx.em, t.policyVersion.id);
    const step = stepOf(steps, t.currentStep.id);
    return (await missingDocumentTypes(ctx.em, t.beneficiary.id, step)).map(toDocumentTypeType);
  }
}

/** Who added a document, by name. */
@Resolver(() => PersonalDocument)
export class PersonalDocumentFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who added it, as the interface shows it now (null when the user is gone). Readable by whoever reads the document.',
  })
  addedByDisplayName(@Root() d: PersonalDocument, @Ctx() ctx: Context): Promise<string | null> {
    return displayNameOf(ctx.em, d.addedById);
  }
}
