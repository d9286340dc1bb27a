import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { BaseEntity } from '../common/base.entity.js';

/**
 * A named view of the transactions list (a saved search): its filter and order, owned by one
 * user, and shared with all staff when its owner (or a manager) says so.
 */
@Entity({ tableName: 'transaction_view' })
@Unique({ properties: ['owner', 'name'] })
export class TransactionView extends BaseEntity {
  @ManyToOne(() => User)
  owner!: Rel<User>;

  /** 1–60 characters, unique among the owner's views (compared without case or spacing). */
  @Property({ type: 'string', length: 60 })
  name!: string;

  /** The list's filter, a validated `TransactionFilter`, as JSON (its dates as ISO strings). */
  @Property({ type: 'text' })
  filter!: string;

  /** The list's order, a `TransactionSort` as JSON; null for the list's own (newest first). */
  @Property({ type: 'text', nullable: true })
  sort?: string | null;

  /** Listed for all staff (and editable by managers too), not only for its owner. */
  @Property({ type: 'boolean' })
  @Index()
  shared: Opt<boolean> = false;
}
