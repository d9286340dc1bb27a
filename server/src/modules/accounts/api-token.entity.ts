import {
  Entity,
  EntityRepositoryType,
  ManyToOne,
  Property,
  Unique,
  type Rel,
  Index,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { User } from './user.entity.js';

/** A named bearer token for scripts and analysts; shown once, stored hashed. */
@Entity({ tableName: 'api_token', repository: () => ApiTokenRepository })
export class ApiToken extends BaseEntity {
  [EntityRepositoryType]?: ApiTokenRepository;

  @Index()
  @ManyToOne(() => User)
  user!: Rel<User>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** SHA-256 of the token. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  /** The first characters of the token, to recognise it in lists. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'Date', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  lastUsedAt?: Date | null;
}
