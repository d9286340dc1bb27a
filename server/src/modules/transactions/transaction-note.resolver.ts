import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { displayNameOf } from '../accounts/accounts.service.js';
import { Access } from '../common/access.js';
import { forbidden } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { caller } from './transaction-caller.js';
import type { Transaction } from './transaction.entity.js';
import { TransactionType } from './transaction.types.js';
import { addNote, NOTE_ROLES, notesOf } from './transaction-note.service.js';
import {
  toTransactionNoteAddPayload,
  toTransactionNoteType,
  TransactionNoteAddInput,
  TransactionNoteAddPayload,
  TransactionNoteType,
} from './transaction-note.types.js';

/** Internal notes: adding one, a transaction's notes, and who wrote each by name. */
@Resolver(() => TransactionType)
export class TransactionNoteResolver {
  @Access(NOTE_ROLES)
  @Mutation(() => TransactionNoteAddPayload, {
    description:
      'Adds an internal note to a transaction (plain text, up to 4000 characters), for those working it; never shown to the beneficiary or analysts. Access: staff, researcher, committee, manager.',
  })
  async transactionNoteAdd(
    @Arg('input', () => TransactionNoteAddInput, { description: 'Transaction and note.' })
    input: TransactionNoteAddInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionNoteAddPayload> {
    return toTransactionNoteAddPayload(
      await addNote(ctx.em, actorOf(ctx), caller(ctx), {
        transactionId: parseId(input.transactionId, 'transactionId'),
        body: input.body,
      }),
    );
  }

  @FieldResolver(() => [TransactionNoteType], {
    description:
      'Internal notes, oldest first (the page shows them in the timeline, set apart). Readable by staff, researchers, committee members and managers only.',
  })
  async notes(@Root() t: Transaction, @Ctx() ctx: Context): Promise<TransactionNoteType[]> {
    if (!ctx.user?.hasAnyRole(NOTE_ROLES)) throw forbidden();
    return (await notesOf(ctx.em, t.id)).map(toTransactionNoteType);
  }
}

/** Who wrote each note, by name (one batched select of users). */
@Resolver(() => TransactionNoteType)
export class TransactionNoteFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who wrote it, as the interface shows it now (null when the user is gone). Readable by whoever reads the note.',
  })
  authorDisplayName(@Root() n: TransactionNoteType, @Ctx() ctx: Context): Promise<string | null> {
    return displayNameOf(ctx.em, n.authorId);
  }
}
