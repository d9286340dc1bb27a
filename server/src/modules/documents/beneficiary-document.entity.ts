import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { StoredFileEntity } from '../common/stored-file.entity.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { DocumentType } from './document-type.entity.js';

/**
 * A document on a beneficiary's file (a PDF, PNG or JPEG under MASAR_DATA_DIR/attachments, named
 * by its SHA-256), reused by every transaction of the beneficiary. Personal data: read by the
 * roles that read beneficiaries, every download audited. Removing one keeps the row (who removed
 * it and when) and the file: the trail of what the committee saw stays whole.
 */
@Entity({ tableName: 'beneficiary_document' })
@Index({ properties: ['beneficiary', 'type'] })
export class BeneficiaryDocument extends StoredFileEntity {
  @ManyToOne(() => Beneficiary)
  beneficiary!: Rel<Beneficiary>;

  @Index()
  @ManyToOne(() => DocumentType)
  type!: Rel<DocumentType>;

  /** ISO date YYYY-MM-DD (Gregorian; entered in either calendar). */
  @Property({ type: 'string', length: 10, nullable: true })
  issuedOn?: string | null;

  /** ISO date YYYY-MM-DD: the last day it is valid; null when the kind does not expire. */
  @Property({ type: 'string', length: 10, nullable: true })
  expiresOn?: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  addedBy?: Rel<User> | null;

  @Property({ type: 'Date', nullable: true })
  removedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  removedBy?: Rel<User> | null;
}

/** A document of the beneficiary's file attached to one of their transactions. */
@Entity({ tableName: 'transaction_document' })
@Unique({ properties: ['transaction', 'document'] })
export class TransactionDocument extends BaseEntity {
  @ManyToOne(() => Transaction)
  transaction!: Rel<Transaction>;

  @Index()
  @ManyToOne(() => BeneficiaryDocument)
  document!: Rel<BeneficiaryDocument>;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  attachedBy?: Rel<User> | null;
}
