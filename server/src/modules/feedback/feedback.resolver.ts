import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { OFFICER_ROLES, Role } from '../common/role.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';
import { ImprovementStatus } from './feedback.enums.js';
import {
  FeedbackCreateInput,
  FeedbackFilter,
  FeedbackUpdateInput,
  ImprovementActionCloseInput,
} from './feedback.inputs.js';
import * as feedback from './feedback.service.js';
import {
  FeedbackCreatePayload,
  FeedbackItemConnection,
  FeedbackUpdatePayload,
  ImprovementActionClosePayload,
  ImprovementActionConnection,
  toFeedbackItem,
  toImprovementAction,
} from './feedback.types.js';

/** Suggestions and complaints, and the improvement actions opened by low ratings. */
@Resolver()
export class FeedbackResolver {
  @Access(OFFICER_ROLES)
  @Query(() => FeedbackItemConnection, {
    description: 'Suggestions and complaints, newest first. Access: staff, manager.',
  })
  feedbackItems(
    @Arg('filter', () => FeedbackFilter, { nullable: true, description: 'Conditions.' })
    filter: FeedbackFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.getRepository(FeedbackItem).page(filter, { first, after }, ctx.user?.id ?? null);
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => FeedbackCreatePayload, {
    description: 'Logs a suggestion or complaint received on any channel. Access: staff, manager.',
  })
  async feedbackCreate(
    @Arg('input', () => FeedbackCreateInput, { description: 'The item.' })
    input: FeedbackCreateInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackCreatePayload> {
    const r = await feedback.createFeedback(ctx.em, actorOf(ctx), ctx.user, input);
    return r.ok ? { item: toFeedbackItem(r.item), errors: [] } : { item: null, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => FeedbackUpdatePayload, {
    description:
      'Follows up a suggestion or complaint: status (forward only; answering needs a response), assignee, response, and the policy version that answers it. Access: staff, manager.',
  })
  async feedbackUpdate(
    @Arg('input', () => FeedbackUpdateInput, { description: 'The changes.' })
    input: FeedbackUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackUpdatePayload> {
    const r = await feedback.updateFeedback(ctx.em, actorOf(ctx), input);
    return r.ok ? { item: toFeedbackItem(r.item), errors: [] } : { item: null, errors: r.errors };
  }

  @Access([Role.MANAGER])
  @Query(() => ImprovementActionConnection, {
    description:
      'Improvement actions opened by low ratings, oldest opened first; `totalCount` counts every page. Access: manager.',
  })
  improvementActions(
    @Arg('status', () => ImprovementStatus, { nullable: true, description: 'Only this status.' })
    status: ImprovementStatus | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.getRepository(ImprovementAction).page(status, { first, after });
  }

  @Access([Role.MANAGER])
  @Mutation(() => ImprovementActionClosePayload, {
    description: 'Closes an improvement action with what was done. Access: manager.',
  })
  async improvementActionClose(
    @Arg('input', () => ImprovementActionCloseInput, {
      description: 'The action and what was done.',
    })
    input: ImprovementActionCloseInput,
    @Ctx() ctx: Context,
  ): Promise<ImprovementActionClosePayload> {
    const r = await feedback.closeImprovementAction(ctx.em, actorOf(ctx), ctx.user, input);
    return r.ok
      ? { action: toImprovementAction(r.action), errors: [] }
      : { action: null, errors: r.errors };
  }
}
