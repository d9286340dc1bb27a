import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../common/payload.js';
import { GenderValue } from '../beneficiaries/beneficiary.enums.js';
import type { Household, HouseholdMember } from './household.entity.js';
import {
  ExpenseKind,
  Housing,
  HouseholdRelation,
  IncomeKind,
  Occupation,
} from './households.enums.js';
import { amountsOf, householdTotals, type HouseholdTotalsValue } from './household-amounts.js';

@ObjectType('HouseholdMember', {
  description:
    'A person living with the beneficiary. Personal data: readable by staff, researcher, committee and manager only; every read is audited.',
})
export class HouseholdMemberType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  fullName!: string;

  @Field(() => HouseholdRelation, { description: 'Relation to the beneficiary.' })
  relation!: HouseholdRelation;

  @Field(() => String, {
    nullable: true,
    description: 'National ID or residence (iqama) number, 10 digits; null when none yet.',
  })
  nationalId!: string | null;

  @Field(() => String, { description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string;

  @Field(() => GenderValue, { description: 'Gender.' })
  gender!: GenderValue;

  @Field(() => Boolean, { description: 'Whether the member has a disability.' })
  hasDisability!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the disability is, when there is one.',
  })
  disabilityNote!: string | null;

  @Field(() => Occupation, { description: 'Student, worker, …' })
  occupation!: Occupation;
}

export const toHouseholdMemberType = (m: HouseholdMember): HouseholdMemberType => ({
  id: String(m.id),
  fullName: m.fullName,
  relation: m.relation as HouseholdRelation,
  nationalId: m.nationalId ?? null,
  dateOfBirth: m.dateOfBirth,
  gender: m.gender as GenderValue,
  hasDisability: m.hasDisability,
  disabilityNote: m.disabilityNote ?? null,
  occupation: m.occupation as Occupation,
});

@ObjectType({ description: 'One kind of monthly income and its amount.' })
export class HouseholdIncome {
  @Field(() => IncomeKind, { description: 'The kind.' })
  kind!: IncomeKind;

  @Field(() => Int, { description: 'Monthly amount in whole Saudi riyals.' })
  monthlyAmount!: number;
}

@ObjectType({ description: 'One kind of monthly expense and its amount.' })
export class HouseholdExpense {
  @Field(() => ExpenseKind, { description: 'The kind.' })
  kind!: ExpenseKind;

  @Field(() => Int, { description: 'Monthly amount in whole Saudi riyals.' })
  monthlyAmount!: number;
}

@ObjectType({ description: 'A Saudi national address (العنوان الوطني).' })
export class NationalAddress {
  @Field(() => String, { nullable: true, description: 'Building number, 4 digits.' })
  buildingNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Street.' })
  street!: string | null;

  @Field(() => String, { nullable: true, description: 'District.' })
  district!: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, 5 digits.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Additional number, 4 digits.' })
  additionalNumber!: string | null;
}

@ObjectType({
  description:
    'The household’s monthly figures, computed by the server (the committee reads them beside the request).',
})
export class HouseholdTotals implements HouseholdTotalsValue {
  @Field(() => Int, { description: 'Members recorded (the beneficiary not counted).' })
  membersCount!: number;

  @Field(() => Int, { description: 'People in the household: the members and the beneficiary.' })
  householdSize!: number;

  @Field(() => Int, { description: 'Monthly income, all kinds, in riyals.' })
  monthlyIncome!: number;

  @Field(() => Int, { description: 'Monthly expenses, all kinds (rent included), in riyals.' })
  monthlyExpenses!: number;

  @Field(() => Int, { description: 'Income less expenses; negative when expenses exceed it.' })
  monthlyBalance!: number;

  @Field(() => Float, {
    description: 'Monthly income per person of the household, in riyals (two decimals).',
  })
  incomePerPerson!: number;
}

@ObjectType('Household', {
  description:
    'A beneficiary’s household and circumstances: members, housing, national address, income and expenses. Personal data: readable by staff, researcher, committee and manager only; every read is audited.',
})
export class HouseholdType {
  @Field(() => ID, { description: 'The beneficiary’s id (one household per beneficiary).' })
  id!: string;

  @Field(() => Int, {
    description:
      'Version of the household, raised by every change to it or its members; 0 while nothing is recorded. Changes send the version they read.',
  })
  version!: number;

  @Field(() => [HouseholdMemberType], { description: 'The members, in the order added.' })
  members!: HouseholdMemberType[];

  @Field(() => Housing, { nullable: true, description: 'Housing; null until recorded.' })
  housing!: Housing | null;

  @Field(() => Int, { description: 'Monthly rent in riyals when rented, else 0.' })
  monthlyRent!: number;

  @Field(() => NationalAddress, { description: 'The national address (fields null until given).' })
  address!: NationalAddress;

  @Field(() => [HouseholdIncome], { description: 'Monthly income by kind (kinds above 0).' })
  incomes!: HouseholdIncome[];

  @Field(() => [HouseholdExpense], {
    description: 'Monthly expenses by kind (kinds above 0; RENT is the monthly rent).',
  })
  expenses!: HouseholdExpense[];

  @Field(() => HouseholdTotals, { description: 'Totals computed by the server.' })
  totals!: HouseholdTotals;

  @Field(() => Date, { nullable: true, description: 'When it last changed; null if never.' })
  updatedAt!: Date | null;
}

export function toHouseholdType(
  beneficiaryId: number,
  household: Household | null,
  members: HouseholdMember[],
): HouseholdType {
  const { incomes, expenses } = amountsOf(household);
  return {
    id: String(beneficiaryId),
    version: household?.version ?? 0,
    members: members.map(toHouseholdMemberType),
    housing: (household?.housing as Housing | null | undefined) ?? null,
    monthlyRent: household?.monthlyRent ?? 0,
    address: {
      buildingNumber: household?.buildingNumber ?? null,
      street: household?.street ?? null,
      district: household?.district ?? null,
      city: household?.city ?? null,
      postalCode: household?.postalCode ?? null,
      additionalNumber: household?.additionalNumber ?? null,
    },
    incomes: incomes.filter((a) => a.monthlyAmount > 0),
    expenses: expenses.filter((a) => a.monthlyAmount > 0),
    totals: householdTotals(household, members.length),
    updatedAt: household?.updatedAt ?? null,
  };
}

@ObjectType({ description: 'Result of adding a household member.' })
export class HouseholdMemberAddPayload {
  @Field(() => HouseholdType, { nullable: true, description: 'The household after the change.' })
  household!: HouseholdType | null;

  @Field(() => HouseholdMemberType, { nullable: true, description: 'The member added.' })
  member!: HouseholdMemberType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of changing a household member.' })
export class HouseholdMemberUpdatePayload {
  @Field(() => HouseholdType, { nullable: true, description: 'The household after the change.' })
  household!: HouseholdType | null;

  @Field(() => HouseholdMemberType, { nullable: true, description: 'The member as changed.' })
  member!: HouseholdMemberType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of removing a household member.' })
export class HouseholdMemberRemovePayload {
  @Field(() => HouseholdType, { nullable: true, description: 'The household after the change.' })
  household!: HouseholdType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of setting a household’s circumstances.' })
export class HouseholdCircumstancesSetPayload {
  @Field(() => HouseholdType, { nullable: true, description: 'The household after the change.' })
  household!: HouseholdType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}
