import { ref } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { TransactionEventType } from './transaction.types.js';

/** Who did each timeline entry, by name: the users of a page's events in one batched select. */
@Resolver(() => TransactionEventType)
export class TransactionEventFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who did it, as the interface shows it now (null when the user is gone). Readable by whoever reads the transaction.',
  })
  async actorDisplayName(
    @Root() e: TransactionEventType,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    if (e.actorId === null) return null;
    const user = await ref(ctx.em.getReference(User, e.actorId)).load({ dataloader: true });
    return user?.displayName ?? null;
  }
}
