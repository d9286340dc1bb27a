import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** Failed sign-ins per account and per address, in the database so replicas share it. */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  /** `user:<username>` or `ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 160 })
  key!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime' })
  lastFailureAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
