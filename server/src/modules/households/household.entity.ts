import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';

/**
 * A beneficiary's household circumstances: housing, the national address and the monthly income
 * and expenses by kind (whole riyals; a kind not received or not spent is 0). One row per
 * beneficiary, made by the first change. Personal data, like the beneficiary. Its version also
 * guards the members: every change to the household or its members raises it, so two officers
 * editing the same household end with one winner.
 */
@Entity({ tableName: 'household' })
export class Household extends BaseEntity {
  @ManyToOne(() => Beneficiary)
  @Unique()
  beneficiary!: Rel<Beneficiary>;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  /** Housing (households.enums.ts); null until recorded. */
  @Property({ type: 'string', length: 16, nullable: true })
  housing?: string | null;

  /** The monthly rent when rented (the household's RENT expense). */
  @Property({ type: 'integer' })
  monthlyRent: Opt<number> = 0;

  // The national address (العنوان الوطني).
  @Property({ type: 'string', length: 4, nullable: true })
  buildingNumber?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  street?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  district?: string | null;

  @Property({ type: 'string', length: 80, nullable: true })
  city?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  postalCode?: string | null;

  @Property({ type: 'string', length: 4, nullable: true })
  additionalNumber?: string | null;

  // Monthly income by kind (IncomeKind).
  @Property({ type: 'integer' }) incomeSalary: Opt<number> = 0;
  @Property({ type: 'integer' }) incomeSocialSecurity: Opt<number> = 0;
  @Property({ type: 'integer' }) incomePension: Opt<number> = 0;
  @Property({ type: 'integer' }) incomeCitizenAccount: Opt<number> = 0;
  @Property({ type: 'integer' }) incomeSupport: Opt<number> = 0;
  @Property({ type: 'integer' }) incomeOther: Opt<number> = 0;

  // Monthly expenses by kind (ExpenseKind; RENT is monthlyRent).
  @Property({ type: 'integer' }) expenseUtilities: Opt<number> = 0;
  @Property({ type: 'integer' }) expenseFood: Opt<number> = 0;
  @Property({ type: 'integer' }) expenseEducation: Opt<number> = 0;
  @Property({ type: 'integer' }) expenseHealth: Opt<number> = 0;
  @Property({ type: 'integer' }) expenseDebt: Opt<number> = 0;
  @Property({ type: 'integer' }) expenseOther: Opt<number> = 0;
}

/** A person living with the beneficiary. Personal data, like the beneficiary. */
@Entity({ tableName: 'household_member' })
@Index({ properties: ['beneficiary', 'id'] })
export class HouseholdMember extends BaseEntity {
  @ManyToOne(() => Beneficiary)
  beneficiary!: Rel<Beneficiary>;

  @Property({ type: 'string', length: 160 })
  fullName!: string;

  /** HouseholdRelation. */
  @Property({ type: 'string', length: 16 })
  relation!: string;

  /** National ID or iqama number, 10 ASCII digits, check digit verified; null when none yet. */
  @Property({ type: 'string', length: 10, nullable: true })
  nationalId?: string | null;

  /** ISO date YYYY-MM-DD. */
  @Property({ type: 'string', length: 10 })
  dateOfBirth!: string;

  @Property({ type: 'string', length: 8 })
  gender!: string;

  @Property({ type: 'boolean' })
  hasDisability: Opt<boolean> = false;

  @Property({ type: 'string', length: 500, nullable: true })
  disabilityNote?: string | null;

  /** Occupation. */
  @Property({ type: 'string', length: 16 })
  occupation!: string;
}
