import type { Role } from '@/gql/graphql';

export type { Role };

/** Every role, in the order the interface lists them (most powerful first). */
export const ALL_ROLES: readonly Role[] = [
  'ADMIN',
  'MANAGER',
  'STAFF',
  'RESEARCHER',
  'COMMITTEE',
  'ANALYST',
];

/** Vuetify colour of each role's chip: distinct, calm, readable on white. */
export const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'error',
  MANAGER: 'primary',
  STAFF: 'info',
  RESEARCHER: 'success',
  COMMITTEE: 'secondary',
  ANALYST: 'warning',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
