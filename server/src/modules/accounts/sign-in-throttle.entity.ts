import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Password guesses counted per (account, address), per account and per address, in the database
 * so that replicas share it; written only by the atomic statements of sign-in-guard.ts.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  /**
   * `pair:<account>|<address>`, `<account>` or `ip:<address>`, where `<account>` is
   * `acct:<user id>`, or `login:<hash of the login>` for a login that names nobody.
   */
  @PrimaryKey({ type: 'string', length: 160 })
  key!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'Date' })
  lastFailureAt!: Date;

  @Property({ type: 'Date', nullable: true })
  lockedUntil?: Date | null;
}
