import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One change made through the API, written in the same database transaction as the change. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['targetType', 'targetId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime' })
  @Index()
  at!: Date;

  /** The user who acted; null for the system (first start, CLI without a user). */
  @Property({ type: 'integer', nullable: true })
  @Index()
  actorId?: number | null;

  /** The actor's username at the time (kept when the user is renamed). */
  @Property({ type: 'string', length: 64 })
  actorName!: string;

  @Property({ type: 'string', length: 64 })
  @Index()
  action!: string;

  @Property({ type: 'string', length: 64 })
  targetType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId?: string | null;

  /** JSON of the values before the change (secrets redacted). */
  @Property({ type: 'text', nullable: true })
  before?: string | null;

  /** JSON of the values after the change (secrets redacted). */
  @Property({ type: 'text', nullable: true })
  after?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;
}
