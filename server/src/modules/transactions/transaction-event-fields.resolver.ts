import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { displayNameOf } from '../accounts/accounts.service.js';
import { TransactionEventType } from './transaction.types.js';

/** Who did each timeline entry, by name: the users of a page's events in one batched select. */
@Resolver(() => TransactionEventType)
export class TransactionEventFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who did it, as the interface shows it now (null when the user is gone). Readable by whoever reads the transaction.',
  })
  actorDisplayName(@Root() e: TransactionEventType, @Ctx() ctx: Context): Promise<string | null> {
    return displayNameOf(ctx.em, e.actorId);
  }
}
