import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError, forbidden } from '../common/errors.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { PERSONAL_DATA_ROLES } from '../common/role.js';
import type { User } from '../accounts/user.entity.js';
import { Transaction } from './transaction.entity.js';
import { TransactionNote } from './transaction-note.entity.js';

/**
 * Internal notes on a transaction: whoever may read the transaction (relations and
 * social-research officers, committee members, managers) may read them and add one, on any
 * transaction, closed ones included (a follow-up worth recording). Plain text, never rendered
 * as markup; analysts and the beneficiary never see them.
 */

export const NOTE_MAX_LENGTH = 4000;

/** Who may read and write notes: exactly who may read transactions. */
export const NOTE_ROLES = PERSONAL_DATA_ROLES;

// Control characters other than tab and line breaks have no place in a note.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The note as kept: line breaks as \n, trimmed; or the reason it cannot be. */
function bodyOf(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (!body) reject('NOTE_REQUIRED', 'Write the note.', 'body');
  if (body.length > NOTE_MAX_LENGTH) {
    reject('NOTE_TOO_LONG', `A note holds at most ${NOTE_MAX_LENGTH} characters.`, 'body');
  }
  if (CONTROL.test(body))
    reject('NOTE_INVALID', 'The note holds characters that are not text.', 'body');
  return body;
}

export type NoteResult = Result<{ note: TransactionNote; transaction: Transaction }>;

/** Adds an internal note (and its audit row, which records that a note was written, not what). */
export async function addNote(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { transactionId: number; body: string },
): Promise<NoteResult> {
  if (!user.hasAnyRole(NOTE_ROLES)) throw forbidden();
  return inTransaction(em, async (tx) => {
    const transaction = await tx.findOne(Transaction, { id: input.transactionId });
    if (!transaction) throw apiError('NOT_FOUND', 'No such transaction.');
    const note = tx.create(TransactionNote, {
      transaction,
      author: user,
      authorName: user.username,
      at: new Date(),
      body: bodyOf(input.body),
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'transaction.note',
      targetType: 'Transaction',
      targetId: transaction.id,
      after: { noteId: note.id, note: note.body },
    });
    return { note, transaction };
  });
}

/** A transaction's notes, oldest first. */
export const notesOf = (em: EntityManager, transactionId: number) =>
  em.find(TransactionNote, { transaction: transactionId }, { orderBy: { id: 'asc' } });
