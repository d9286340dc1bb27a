import {
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { BeneficiaryRepository } from './beneficiary.repository.js';

export type Gender = 'MALE' | 'FEMALE';

/**
 * A person the association serves. Holds personal data: kept apart from its GraphQL type
 * (beneficiary.types.ts), readable by staff roles only, every read audited.
 */
@Entity({ tableName: 'beneficiary', repository: () => BeneficiaryRepository })
export class Beneficiary extends BaseEntity {
  [EntityRepositoryType]?: BeneficiaryRepository;

  @Property({ type: 'string', length: 160 })
  fullName!: string;

  /**
   * The name folded for search (see foldArabic), indexed for `like '%word%'` (name-index.ts): on
   * PostgreSQL by pg_trgm's GIN index of this name (the expression below); on SQLite by the FTS5
   * table `beneficiary_name_search`, beside a plain index of this name. MikroORM compares an
   * index with an expression by its name only, so both engines' indexes satisfy it.
   */
  @Property({ type: 'string', length: 160 })
  @Index({
    name: 'beneficiary_name_folded_index',
    expression:
      'create index "beneficiary_name_folded_index" on "beneficiary" using gin ("name_folded" gin_trgm_ops)',
  })
  nameFolded!: string;

  /** 10 ASCII digits, check digit verified. */
  @Property({ type: 'string', length: 10 })
  @Unique()
  nationalId!: string;

  /** +9665XXXXXXXX */
  @Property({ type: 'string', length: 13 })
  @Index()
  mobile!: string;

  @Property({ type: 'string', length: 80 })
  city!: string;

  @Property({ type: 'string', length: 8 })
  gender!: Gender;

  /** ISO date YYYY-MM-DD. */
  @Property({ type: 'string', length: 10, nullable: true })
  dateOfBirth?: string | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  createdBy?: Rel<User> | null;
}
