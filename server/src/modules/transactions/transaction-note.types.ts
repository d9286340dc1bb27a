import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Length } from 'class-validator';
import { UserError } from '../common/payload.js';
import type { Transaction } from './transaction.entity.js';
import type { TransactionNote as TransactionNoteEntity } from './transaction-note.entity.js';
import { TransactionType } from './transaction.types.js';
import type { NoteResult } from './transaction-note.service.js';

/** GraphQL `TransactionNote` (the entity holds the name). */
@ObjectType('TransactionNote', {
  description:
    'An internal note on a transaction, plain text. Access: staff, researcher, committee, manager; never analysts, never the beneficiary.',
})
export class TransactionNoteType {
  @Field(() => ID, { description: 'Stable identifier; increases with time.' })
  id!: number;

  @Field(() => String, { description: 'The note: plain text, line breaks kept, no markup.' })
  body!: string;

  @Field(() => String, { description: 'Username of who wrote it (as it was then).' })
  authorName!: string;

  /** The user who wrote it (for `authorDisplayName`); not a field. */
  authorId!: number | null;

  @Field(() => Date, { description: 'When it was written.' })
  at!: Date;
}

export const toTransactionNoteType = (n: TransactionNoteEntity): TransactionNoteType => ({
  id: n.id,
  body: n.body,
  authorName: n.authorName,
  authorId: n.author?.id ?? null,
  at: n.at,
});

@InputType({ description: 'Add an internal note to a transaction.' })
export class TransactionNoteAddInput {
  @Field(() => ID, { description: 'The transaction.' })
  transactionId!: string;

  @Field(() => String, {
    description:
      'The note: plain text, 1–4000 characters once trimmed (NOTE_REQUIRED, NOTE_TOO_LONG).',
  })
  // Room for surrounding blanks; the service checks the trimmed length with a typed error.
  @Length(0, 8000)
  body!: string;
}

@ObjectType({ description: 'Result of transactionNoteAdd.' })
export class TransactionNoteAddPayload {
  @Field(() => TransactionNoteType, { nullable: true, description: 'The note; null when refused.' })
  note!: TransactionNoteType | null;

  @Field(() => TransactionType, {
    nullable: true,
    description: 'The transaction it was added to; null when refused.',
  })
  transaction!: Transaction | null;

  @Field(() => [UserError], {
    description: 'Why it was refused (nothing saved); empty on success.',
  })
  errors!: UserError[];
}

export const toTransactionNoteAddPayload = (r: NoteResult): TransactionNoteAddPayload =>
  r.ok
    ? { note: toTransactionNoteType(r.note), transaction: r.transaction, errors: [] }
    : { note: null, transaction: null, errors: r.errors };
