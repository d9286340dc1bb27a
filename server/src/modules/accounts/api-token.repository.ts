import { EntityRepository } from '@mikro-orm/core';
import type { ApiToken } from './api-token.entity.js';

/** The most tokens one list shows (a user holds at most 10 active ones). */
const LIST_LIMIT = 100;

export class ApiTokenRepository extends EntityRepository<ApiToken> {
  /** One user's tokens, newest first. */
  ownedBy(userId: number): Promise<ApiToken[]> {
    return this.find({ user: userId }, { orderBy: { id: 'desc' }, limit: LIST_LIMIT });
  }
}
