import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Transaction } from './transaction.entity.js';

/**
 * An internal note on a transaction: plain text the officers, researchers, committee members
 * and managers working it leave for each other. Never shown to the beneficiary nor to analysts,
 * never counted in any figure, never changed once written. Kept apart from the timeline's
 * events (which the figures read); the page shows both, in time order.
 */
@Entity({ tableName: 'transaction_note' })
@Index({ properties: ['transaction', 'id'] })
export class TransactionNote {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => Transaction, { index: false })
  transaction!: Rel<Transaction>;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  author?: Rel<User> | null;

  /** Username of who wrote it, as it was then. */
  @Property({ type: 'string', length: 64 })
  authorName!: string;

  @Property({ type: 'Date' })
  at!: Date;

  /** Plain text, 1–4000 characters (no markup is rendered). */
  @Property({ type: 'text' })
  body!: string;
}
