import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { apiError, forbidden } from '../common/errors.js';
import { kindsOf, saveKind } from '../common/kinds.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { parseIsoDate } from '../common/hijri.js';
import { riyadhDay } from '../calendar/working-days.js';
import { PERSONAL_DATA_ROLES, Role } from '../common/role.js';
import { attachmentsDir, cleanFilename, type ReceivedFile } from '../common/stored-files.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { BeneficiaryDocument, TransactionDocument } from './beneficiary-document.entity.js';
import { DocumentType } from './document-type.entity.js';

/**
 * The beneficiary's file: the kinds of document (kept as data by managers), the documents on a
 * beneficiary's file, which of their transactions each is attached to, and what a step asks for
 * on file before it ends. Every change and every download is audited; what the audit keeps of a
 * document is its kind, dates, size and checksum, never its content.
 */

/** Who may read the documents on a file: whoever reads the beneficiary's personal data. */
export const DOCUMENT_READERS = PERSONAL_DATA_ROLES;
/** Who may add, attach and remove documents: the relations and social-research officers, managers. */
export const DOCUMENT_WRITERS: readonly Role[] = [Role.STAFF, Role.RESEARCHER, Role.MANAGER];
/** Who keeps the list of document types. */
export const DOCUMENT_TYPE_EDITORS: readonly Role[] = [Role.MANAGER, Role.ADMIN];

/** Whether a document counts as on file today: not removed, and not past its expiry day. */
export const isCurrent = (d: Pick<BeneficiaryDocument, 'expiresOn' | 'removedAt'>, today: string) =>
  !d.removedAt && (!d.expiresOn || d.expiresOn >= today);

/** A YYYY-MM-DD that is a real day (or nothing), or a typed error on `field`. */
function dayOf(value: string | null | undefined, field: string): string | null {
  const v = value?.trim() ?? '';
  if (!v) return null;
  if (!parseIsoDate(v)) reject('INVALID_DATE', 'Give the date as YYYY-MM-DD.', field);
  return v;
}

/** The document types, in order; inactive ones too when asked. */
export const documentTypes = (em: EntityManager, includeInactive = false) =>
  kindsOf(em, DocumentType, includeInactive);

/** The keys a policy's checklist item may name (every type, active or not). */
export async function documentTypeKeySet(em: EntityManager): Promise<ReadonlySet<string>> {
  const rows = await em.find(DocumentType, {}, { fields: ['key'] });
  return new Set(rows.map((r) => r.key));
}

export type DocumentTypeResult = Result<{ documentType: DocumentType }>;

/** Adds a document type, or changes one (by id). */
export async function saveDocumentType(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    id?: number | null;
    key?: string | null;
    name: { ar: string; en: string };
    expires: boolean;
    active?: boolean | null;
  },
): Promise<DocumentTypeResult> {
  if (!user.hasAnyRole(DOCUMENT_TYPE_EDITORS)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const { kind: type, before } = await saveKind(tx, DocumentType, 'document type', input, {
      expires: input.expires,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: before ? 'documentType.update' : 'documentType.create',
      targetType: 'DocumentType',
      targetId: type.id,
      before,
      after: { key: type.key, name: { ...type.name }, expires: type.expires, active: type.active },
    });
    return { documentType: type };
  });
}

/** What an upload says about the document it carries (its query string), checked. */
export interface DocumentUpload {
  beneficiary: Beneficiary;
  type: DocumentType;
  issuedOn: string | null;
  expiresOn: string | null;
  transaction: Transaction | null;
}

/**
 * Checks an upload's description before its body is read: the beneficiary, an active type, the
 * dates (an expiry date, after the issue date, for a type that expires), the transaction (one of
 * the beneficiary's). Problems are answered with their field, nothing stored.
 */
export async function checkUpload(
  em: EntityManager,
  user: User,
  input: {
    beneficiaryId: string;
    type?: string;
    issuedOn?: string;
    expiresOn?: string;
    transactionId?: string;
  },
): Promise<DocumentUpload> {
  if (!user.hasAnyRole(DOCUMENT_WRITERS)) throw forbidden();
  const beneficiary = /^\d{1,12}$/.test(input.beneficiaryId)
    ? await em.findOne(Beneficiary, { id: Number(input.beneficiaryId) })
    : null;
  if (!beneficiary) throw apiError('NOT_FOUND', 'No such beneficiary.');
  const type = input.type ? await em.findOne(DocumentType, { key: input.type }) : null;
  if (!type || !type.active) reject('UNKNOWN_DOCUMENT_TYPE', 'Choose a document type.', 'type');
  const issuedOn = dayOf(input.issuedOn, 'issuedOn');
  const expiresOn = dayOf(input.expiresOn, 'expiresOn');
  if (issuedOn && issuedOn > riyadhDay(new Date())) {
    reject('INVALID_DATE', 'The issue date is in the future.', 'issuedOn');
  }
  if (type!.expires && !expiresOn) {
    reject('EXPIRY_REQUIRED', 'This type of document has an expiry date: give it.', 'expiresOn');
  }
  if (issuedOn && expiresOn && expiresOn < issuedOn) {
    reject('INVALID_DATE', 'It cannot expire before it was issued.', 'expiresOn');
  }
  let transaction: Transaction | null = null;
  if (input.transactionId) {
    transaction = /^\d{1,12}$/.test(input.transactionId)
      ? await em.findOne(Transaction, { id: Number(input.transactionId) })
      : null;
    if (!transaction || transaction.beneficiary.id !== beneficiary.id) {
      reject('NOT_FOUND', 'No such transaction of this beneficiary.', 'transactionId');
    }
  }
  return {
    beneficiary,
    type: type!,
    issuedOn,
    expiresOn: type!.expires ? expiresOn : null,
    transaction,
  };
}

/** Records a received file as a document on the beneficiary's file (and attaches it). */
export async function addDocument(
  em: EntityManager,
  dataDir: string,
  actor: Actor,
  user: User,
  upload: DocumentUpload,
  rawName: string,
  file: ReceivedFile,
): Promise<BeneficiaryDocument> {
  const target = path.join(attachmentsDir(dataDir), file.sha256);
  if (fs.existsSync(target)) await fs.promises.rm(file.temp, { force: true });
  else await fs.promises.rename(file.temp, target);
  return em.transactional(async (tx) => {
    const doc = tx.create(BeneficiaryDocument, {
      beneficiary: tx.getReference(Beneficiary, upload.beneficiary.id),
      type: tx.getReference(DocumentType, upload.type.id),
      issuedOn: upload.issuedOn,
      expiresOn: upload.expiresOn,
      filename: cleanFilename(rawName, file.type.extension),
      contentType: file.type.type,
      size: file.size,
      sha256: file.sha256,
      addedBy: user.id,
    });
    if (upload.transaction) {
      tx.create(TransactionDocument, {
        transaction: tx.getReference(Transaction, upload.transaction.id),
        document: doc,
        attachedBy: user.id,
      });
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'beneficiaryDocument.add',
      targetType: 'Beneficiary',
      targetId: upload.beneficiary.id,
      after: {
        documentId: doc.id,
        type: upload.type.key,
        issuedOn: doc.issuedOn ?? null,
        expiresOn: doc.expiresOn ?? null,
        contentType: doc.contentType,
        size: doc.size,
        sha256: doc.sha256,
        transactionId: upload.transaction?.id ?? null,
      },
    });
    return doc;
  });
}

export type DocumentResult = Result<{ document: BeneficiaryDocument }>;

/**
 * Takes a document off the file (a wrong or replaced scan): the row stays, marked removed with
 * who and when, and the file stays; it no longer counts for any step.
 */
export async function removeDocument(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { id: number },
): Promise<DocumentResult> {
  if (!user.hasAnyRole(DOCUMENT_WRITERS)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const doc = await tx.findOne(BeneficiaryDocument, { id: input.id }, { populate: ['type'] });
    if (!doc) throw apiError('NOT_FOUND', 'No such document.');
    if (doc.removedAt) reject('ALREADY_REMOVED', 'This document was removed already.');
    doc.removedAt = new Date();
    doc.removedBy = tx.getReference(User, user.id);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'beneficiaryDocument.remove',
      targetType: 'Beneficiary',
      targetId: doc.beneficiary.id,
      after: { documentId: doc.id, type: doc.type.key },
    });
    return { document: doc };
  });
}
