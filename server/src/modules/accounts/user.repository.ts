import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../common/connection.js';
import { likeSafe } from '../common/input.js';
import type { User } from './user.entity.js';

/** Users whose username or display name contains `search` (all users without one). */
export function userSearchWhere(search: string | null | undefined): FilterQuery<User> {
  const term = search ? likeSafe(search.trim().slice(0, 64)) : '';
  return term
    ? { $or: [{ username: { $like: `%${term}%` } }, { displayName: { $like: `%${term}%` } }] }
    : {};
}

/** The users list, in order of creation. */
export class UserRepository extends EntityRepository<User> {
  page<N>(search: string | null | undefined, args: PageArgs, map: (row: User) => N) {
    return paginate(this, userSearchWhere(search), args, map);
  }
}
