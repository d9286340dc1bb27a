import type { Role } from './roles';
import { SERVER_ACCESS, type ServerField } from './access.generated';

/**
 * Who may open a route or see a drawer entry:
 * - `'public'`: everyone, signed in or not (the policy page);
 * - `'signed-in'`: any signed-in user, whatever their roles;
 * - a list of roles: a signed-in user holding at least one of them.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** The part of the signed-in user that decides access. */
export interface AccessSubject {
  roles: readonly Role[];
}

/**
 * What a route without `meta.roles` requires: being signed in. A route is public only when it
 * says so, so forgetting to declare its roles never opens a page to anonymous visitors.
 */
export const DEFAULT_ACCESS: Access = 'signed-in';

export function canAccess(access: Access | undefined, user: AccessSubject | null): boolean {
  const rule = access ?? DEFAULT_ACCESS;
  if (rule === 'public') return true;
  if (!user) return false;
  if (rule === 'signed-in') return true;
  return rule.some((role) => user.roles.includes(role));
}

/** Why access is refused: nobody is signed in, or the user lacks the role. */
export function accessProblem(
  access: Access | undefined,
  user: AccessSubject | null,
): 'sign-in' | 'forbidden' | null {
  if (canAccess(access, user)) return null;
  return user ? 'forbidden' : 'sign-in';
}

/**
 * The access of a page that needs `field`: the server's own rule for it, from
 * `access.generated.ts` (written by `pnpm schema:emit` from the server's `@Access` rules), so a
 * route never promises what the server refuses, nor hides what it allows.
 */
export function accessOf(field: ServerField): Access {
  const rule = SERVER_ACCESS[field] as 'PUBLIC' | 'SIGNED_IN' | readonly Role[];
  if (rule === 'PUBLIC') return 'public';
  if (rule === 'SIGNED_IN') return 'signed-in';
  return rule;
}

/**
 * A page that shows part of what `field` allows to fewer roles (a queue for the committee): the
 * roles of `field` that are among `roles`. A role the server does not allow is never kept.
 */
export function narrowAccess(field: ServerField, roles: readonly Role[]): Access {
  const rule = accessOf(field);
  if (rule === 'public' || rule === 'signed-in') return roles;
  return rule.filter((role) => roles.includes(role));
}
