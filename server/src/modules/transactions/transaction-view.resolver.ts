import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { paginate } from '../common/connection.js';
import { parseId } from '../common/input.js';
import type { Result } from '../common/payload.js';
import { PERSONAL_DATA_ROLES } from '../common/role.js';
import { caller } from './transaction-caller.js';
import { TransactionView } from './transaction-view.entity.js';
import {
  TransactionViewCreateInput,
  TransactionViewDeleteInput,
  TransactionViewRenameInput,
  TransactionViewsArgs,
  TransactionViewShareInput,
} from './transaction-view.inputs.js';
import {
  createView,
  deleteView,
  mayEdit,
  renameView,
  shareView,
  type ViewReader,
} from './transaction-view.service.js';
import {
  toTransactionViewType,
  TransactionViewConnection,
  TransactionViewCreatePayload,
  TransactionViewDeletePayload,
  TransactionViewRenamePayload,
  TransactionViewSharePayload,
  TransactionViewType,
} from './transaction-view.types.js';

/** Whoever reads the transactions list keeps named views of it (never an analyst). */
const VIEW_ROLES = PERSONAL_DATA_ROLES;
const ACCESS = 'Access: staff, researcher, committee, manager.';

function reader(ctx: Context): ViewReader {
  const user = caller(ctx);
  return { id: user.id, roles: user.roles };
}

const viewOf = (view: TransactionView, r: ViewReader) =>
  toTransactionViewType(view, r.id, mayEdit(view, r));

function toViewPayload(r: Result<{ view: TransactionView }>, who: ViewReader) {
  return r.ok ? { view: viewOf(r.view, who), errors: [] } : { view: null, errors: r.errors };
}

/** Named views of the transactions list: the reader's own and the shared ones. */
@Resolver(() => TransactionViewType)
export class TransactionViewResolver {
  @Access(VIEW_ROLES)
  @Query(() => TransactionViewConnection, {
    description: `Views of the transactions list the caller may use: their own and those shared with all staff, oldest first. ${ACCESS}`,
  })
  transactionViews(@Args() { first, after }: TransactionViewsArgs, @Ctx() ctx: Context) {
    const r = reader(ctx);
    const where: FilterQuery<TransactionView> = { $or: [{ owner: r.id }, { shared: true }] };
    return paginate(
      ctx.em.getRepository(TransactionView),
      where,
      { first, after },
      (v) => viewOf(v, r),
      {
        populate: ['owner'],
      },
    );
  }

  @Access(VIEW_ROLES)
  @Mutation(() => TransactionViewCreatePayload, {
    description: `Saves the list's filter and order as a view of the caller's (at most 50 each; the name unique among them: NAME_TAKEN). The filter is the list's own input, refused as the list would refuse it. ${ACCESS}`,
  })
  async transactionViewCreate(
    @Arg('input', () => TransactionViewCreateInput, { description: 'Name, filter, order.' })
    input: TransactionViewCreateInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionViewCreatePayload> {
    return toViewPayload(await createView(ctx.em, caller(ctx), input), reader(ctx));
  }

  @Access(VIEW_ROLES)
  @Mutation(() => TransactionViewRenamePayload, {
    description: `Renames a view: its owner may, and a manager once it is shared. ${ACCESS}`,
  })
  async transactionViewRename(
    @Arg('input', () => TransactionViewRenameInput, { description: 'View and new name.' })
    input: TransactionViewRenameInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionViewRenamePayload> {
    const r = reader(ctx);
    return toViewPayload(
      await renameView(ctx.em, r, { id: parseId(input.id), name: input.name }),
      r,
    );
  }

  @Access(VIEW_ROLES)
  @Mutation(() => TransactionViewSharePayload, {
    description: `Shares a view with all staff, or stops sharing it: its owner may, and a manager once it is shared. ${ACCESS}`,
  })
  async transactionViewShare(
    @Arg('input', () => TransactionViewShareInput, { description: 'View and whether shared.' })
    input: TransactionViewShareInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionViewSharePayload> {
    const r = reader(ctx);
    return toViewPayload(
      await shareView(ctx.em, r, { id: parseId(input.id), shared: input.shared }),
      r,
    );
  }

  @Access(VIEW_ROLES)
  @Mutation(() => TransactionViewDeletePayload, {
    description: `Deletes a view: its owner may, and a manager once it is shared. ${ACCESS}`,
  })
  async transactionViewDelete(
    @Arg('input', () => TransactionViewDeleteInput, { description: 'The view.' })
    input: TransactionViewDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionViewDeletePayload> {
    const r = await deleteView(ctx.em, reader(ctx), { id: parseId(input.id) });
    return r.ok
      ? { deletedId: String(r.deletedId), errors: [] }
      : { deletedId: null, errors: r.errors };
  }
}
