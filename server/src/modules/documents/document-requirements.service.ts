import type { EntityManager } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError, forbidden } from '../common/errors.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import type { StepShape } from '../policy/version-shape.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { BeneficiaryDocument, TransactionDocument } from './beneficiary-document.entity.js';
import { DocumentType } from './document-type.entity.js';
import { riyadhDay } from '../calendar/working-days.js';
import { DOCUMENT_WRITERS, isCurrent } from './documents.service.js';

/**
 * Documents and transactions: which documents of the file a transaction has attached, and what
 * a step's checklist asks for on file (`documentTypeKey`) that is not there or has expired. A
 * step that asks for a document cannot end until a current one is on the beneficiary's file
 * (registered with transactions' `onStepEnding` in index.ts).
 */

/** The documents on a beneficiary's file, newest first; removed ones only when asked. */
export const documentsOf = (em: EntityManager, beneficiaryId: number, includeRemoved = false) =>
  em.find(
    BeneficiaryDocument,
    { beneficiary: beneficiaryId, ...(includeRemoved ? {} : { removedAt: null }) },
    { orderBy: { id: 'desc' }, populate: ['type'] },
  );

/** The documents attached to a transaction, newest first (removed ones too, marked). */
export async function documentsOfTransaction(
  em: EntityManager,
  transactionId: number,
): Promise<BeneficiaryDocument[]> {
  const links = await em.find(
    TransactionDocument,
    { transaction: transactionId },
    { orderBy: { id: 'desc' }, populate: ['document', 'document.type'] },
  );
  return links.map((l) => l.document as BeneficiaryDocument);
}

/**
 * The document types `step`'s checklist asks for that the beneficiary has no current document
 * of today (each once, in checklist order).
 */
export async function missingDocumentTypes(
  em: EntityManager,
  beneficiaryId: number,
  step: Pick<StepShape, 'checklist'>,
  today = riyadhDay(new Date()),
): Promise<DocumentType[]> {
  const wanted = [
    ...new Set(step.checklist.flatMap((i) => (i.documentType ? [i.documentType] : []))),
  ];
  if (!wanted.length) return [];
  const types = await em.find(DocumentType, { key: { $in: wanted } });
  const onFile = await em.find(
    BeneficiaryDocument,
    { beneficiary: beneficiaryId, type: { $in: types.map((t) => t.id) }, removedAt: null },
    { fields: ['type', 'expiresOn', 'removedAt'] },
  );
  const current = new Set(onFile.filter((d) => isCurrent(d, today)).map((d) => d.type.id));
  const byKey = new Map(types.map((t) => [t.key, t]));
  return wanted.flatMap((k) => {
    const type = byKey.get(k);
    return type && !current.has(type.id) ? [type] : [];
  });
}

/** The step-ending check transactions run: DOCUMENTS_MISSING, naming what is missing. */
export async function requireDocuments(
  tx: EntityManager,
  t: Transaction,
  step: Pick<StepShape, 'checklist'>,
): Promise<void> {
  if (!step.checklist.some((i) => i.documentType)) return;
  const missing = await missingDocumentTypes(tx, t.beneficiary.id, step);
  if (missing.length) {
    reject(
      'DOCUMENTS_MISSING',
      `Missing or expired on the beneficiary's file: ${missing.map((m) => m.name.en).join(', ')}.`,
      'documents',
    );
  }
}

export type AttachResult = Result<{ transaction: Transaction; document: BeneficiaryDocument }>;

/** Attaches a document of the beneficiary's file to one of their transactions, or detaches it. */
export async function setAttached(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { transactionId: number; documentId: number; attached: boolean },
): Promise<AttachResult> {
  if (!user.hasAnyRole(DOCUMENT_WRITERS)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const transaction = await tx.findOne(Transaction, { id: input.transactionId });
    if (!transaction) throw apiError('NOT_FOUND', 'No such transaction.');
    const document = await tx.findOne(
      BeneficiaryDocument,
      { id: input.documentId },
      { populate: ['type'] },
    );
    if (!document || document.beneficiary.id !== transaction.beneficiary.id) {
      reject('NOT_FOUND', "No such document on this beneficiary's file.", 'documentId');
    }
    const link = await tx.findOne(TransactionDocument, {
      transaction: transaction.id,
      document: document!.id,
    });
    if (input.attached && !link) {
      if (document!.removedAt)
        reject('ALREADY_REMOVED', 'This document was removed.', 'documentId');
      tx.create(TransactionDocument, {
        transaction,
        document: document!,
        attachedBy: tx.getReference(User, user.id),
      });
    } else if (!input.attached && link) {
      tx.remove(link);
    } else {
      return { transaction, document: document! };
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: input.attached ? 'transaction.documentAttach' : 'transaction.documentDetach',
      targetType: 'Transaction',
      targetId: transaction.id,
      after: { documentId: document!.id, type: document!.type.key },
    });
    return { transaction, document: document! };
  });
}
