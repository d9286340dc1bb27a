import type { ApiTokenRowFragment } from '@/gql/graphql';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: a revoked token stays revoked whatever its date. */
export function tokenStatus(
  token: Pick<ApiTokenRowFragment, 'revokedAt' | 'expiresAt'>,
  now: Date = new Date(),
): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export const TOKEN_STATUS_COLORS: Record<TokenStatus, string> = {
  active: 'success',
  expired: 'warning',
  revoked: 'error',
};
