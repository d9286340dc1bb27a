import type { AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './modules/common/errors.js';
import type { Role } from './modules/common/role.js';

/**
 * The one place that decides access: `@Authorized()` needs a signed-in user,
 * `@Authorized(roles)` one holding any of the roles. Denials are typed errors that say
 * nothing about the data asked for.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length === 0) return true;
  if (!context.user.hasAnyRole(roles)) throw forbidden();
  return true;
};
