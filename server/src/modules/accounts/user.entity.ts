import {
  Entity,
  EntityRepositoryType,
  Index,
  OptionalProps,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import type { Role } from '../common/role.js';
import { UserRepository } from './user.repository.js';

/** A person who signs in. Kept apart from its GraphQL type so no column leaks by accident. */
@Entity({ tableName: 'app_user', repository: () => UserRepository })
export class User extends BaseEntity {
  [OptionalProps]?: 'roles';
  [EntityRepositoryType]?: UserRepository;

  /** Lower-case sign-in name. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  username!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  @Unique()
  email?: string | null;

  @Property({ type: 'string', length: 128 })
  displayName!: string;

  /** scrypt hash with its parameters and salt; never leaves the server. */
  @Property({ type: 'string', length: 256, hidden: true })
  passwordHash!: string;

  /** Comma-separated roles (a handful per user). */
  @Property({ type: 'string', length: 128 })
  rolesText: Opt<string> = '';

  @Property({ type: 'boolean' })
  @Index()
  active: Opt<boolean> = true;

  @Property({ type: 'Date', nullable: true })
  lastSignInAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  passwordChangedAt?: Date | null;

  get roles(): Role[] {
    return this.rolesText ? (this.rolesText.split(',') as Role[]) : [];
  }

  set roles(roles: readonly Role[]) {
    this.rolesText = [...new Set(roles)].sort().join(',');
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    const mine = this.roles;
    return roles.some((r) => mine.includes(r));
  }
}
