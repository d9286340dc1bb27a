import { Authorized, Extensions } from 'type-graphql';
import { Role } from './role.js';

/** Marker for fields anyone may read without signing in. */
export const PUBLIC = 'PUBLIC';
/** Marker for fields any signed-in user may read, whatever their roles. */
export const SIGNED_IN = 'SIGNED_IN';

export type AccessRule = typeof PUBLIC | typeof SIGNED_IN | readonly Role[];

/**
 * States who may use a root field (or a sensitive field): `Access(PUBLIC)`,
 * `Access(SIGNED_IN)` or `Access([Role.MANAGER, Role.ADMIN])`. It sets type-graphql's
 * `@Authorized` (enforced by the auth checker) and records the rule as a field extension,
 * so a test can walk the schema and find any field without a rule.
 */
export function Access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  const extension = Extensions({
    access: rule === PUBLIC || rule === SIGNED_IN ? rule : [...rule],
  });
  if (rule === PUBLIC) return extension as MethodDecorator & PropertyDecorator;
  const authorized = rule === SIGNED_IN ? Authorized() : Authorized(...rule);
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    extension(target, key, descriptor as never);
    authorized(target, key, descriptor as never);
  }) as MethodDecorator & PropertyDecorator;
}
