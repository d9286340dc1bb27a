import { Entity, ManyToOne, Property, Unique, type Rel, Index } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from './user.entity.js';

/** A signed-in browser session, stored server-side so that every replica shares it. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  /** SHA-256 of the cookie's random token; the token itself is never stored. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User)
  user!: Rel<User>;

  @Property({ type: 'Date' })
  lastSeenAt!: Date;

  /** Absolute expiry, whatever the activity. */
  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 256, nullable: true })
  userAgent?: string | null;
}
