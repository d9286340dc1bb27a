import type { Context } from '../../context.js';
import type { User } from '../accounts/user.entity.js';
import { unauthenticated } from '../common/errors.js';

/** The signed-in user of the request (the resolvers' `@Access` has let only them through). */
export function caller(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
