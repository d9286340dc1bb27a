import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { badInput } from '../common/errors.js';
import { PERSONAL_DATA_ROLES } from '../common/role.js';
import type { Transaction } from './transaction.entity.js';
import { EARLIER_MAX, earlierTransactions } from './transaction-earlier.js';
import { TransactionType } from './transaction.types.js';

/** What the committee reads beside a request: the beneficiary's earlier transactions. */
@Resolver(() => TransactionType)
export class TransactionEarlierResolver {
  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => [TransactionType], {
    description: `The beneficiary’s other transactions opened in the twelve months before this one, the latest first, at most ${EARLIER_MAX} (personal: never for analysts). Access: staff, researcher, committee, manager.`,
  })
  earlierTransactions(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, {
      defaultValue: EARLIER_MAX,
      description: `How many, 1 to ${EARLIER_MAX}.`,
    })
    first: number,
  ): Promise<Transaction[]> {
    if (!Number.isInteger(first) || first < 1 || first > EARLIER_MAX) {
      throw badInput(`first must be between 1 and ${EARLIER_MAX}.`, 'first');
    }
    return earlierTransactions(ctx.em, t, first);
  }
}
