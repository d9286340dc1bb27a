import { actorOf, type Context } from '../../context.js';
import type { User } from '../accounts/user.entity.js';
import { unauthenticated } from '../common/errors.js';
import { withSurveyLink, type TxResult } from './transaction.service.js';
import { toClosingResult } from './transaction.types.js';

/** The signed-in user of the request (the resolvers' `@Access` has let only them through). */
export function caller(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** A closing action's payload, with the satisfaction-survey link when the close is rateable. */
export async function closing(ctx: Context, action: Promise<TxResult>) {
  const r = await action;
  return toClosingResult(
    await withSurveyLink(ctx.em, actorOf(ctx), caller(ctx), ctx.surveyValidDays, r),
  );
}
