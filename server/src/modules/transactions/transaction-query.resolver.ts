import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access, SIGNED_IN } from '../common/access.js';
import { toUserType, UserType } from '../accounts/accounts.types.js';
import { OFFICER_ROLES, PERSONAL_DATA_ROLES, Role } from '../common/role.js';
import type { ConnectionShape } from '../common/connection.js';
import { badInput, unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { ReferralReason } from './referral-reason.entity.js';
import { Transaction } from './transaction.entity.js';
import { TransactionFilter, TransactionSort } from './transaction.inputs.js';
import { assignableUsers, listTransactions } from './transaction.service.js';
import { TransactionConnection, TransactionType } from './transaction.types.js';

/** Reading transactions, and the lists their forms offer. */
@Resolver()
export class TransactionQueryResolver {
  @Access(PERSONAL_DATA_ROLES)
  @Query(() => TransactionConnection, {
    description:
      'Transactions, newest first unless sorted otherwise. Access: staff, researcher, committee, manager.',
  })
  transactions(
    @Arg('filter', () => TransactionFilter, { nullable: true, description: 'Conditions.' })
    filter: TransactionFilter | null,
    @Arg('sort', () => TransactionSort, {
      nullable: true,
      description: 'Order; newest first when omitted.',
    })
    sort: TransactionSort | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Transaction>> {
    if (!ctx.user) throw unauthenticated();
    return listTransactions(ctx, ctx.user, filter, sort, { first, after });
  }

  @Access(PERSONAL_DATA_ROLES)
  @Query(() => TransactionType, {
    nullable: true,
    description:
      'One transaction by id or reference. Access: staff, researcher, committee, manager.',
  })
  transaction(
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id: string | null,
    @Arg('reference', () => String, { nullable: true, description: 'Or its reference.' })
    reference: string | null,
    @Ctx() ctx: Context,
  ): Promise<Transaction | null> {
    if (!id && !reference) throw badInput('Give an id or a reference.', 'id');
    return ctx.em
      .getRepository(Transaction)
      .byIdOrReference(id ? parseId(id, 'id') : null, reference);
  }

  @Access(SIGNED_IN)
  @Query(() => [ReferralReason], {
    description:
      'Reasons for a referral to the social-research officer. Access: any signed-in user.',
  })
  referralReasons(@Ctx() ctx: Context): Promise<ReferralReason[]> {
    return ctx.em.find(ReferralReason, { active: true }, { orderBy: { id: 'asc' } });
  }

  @Access(OFFICER_ROLES)
  @Query(() => [UserType], {
    description: 'Active users holding a role, to assign or refer to. Access: staff, manager.',
  })
  async assignableUsers(
    @Arg('role', () => Role, { description: 'The role, e.g. RESEARCHER.' }) role: Role,
    @Ctx() ctx: Context,
  ): Promise<UserType[]> {
    return (await assignableUsers(ctx.em, role)).map(toUserType);
  }
}
