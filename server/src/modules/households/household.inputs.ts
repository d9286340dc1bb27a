import { ArrayMaxSize, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GenderValue } from '../beneficiaries/beneficiary.enums.js';
import {
  ExpenseKind,
  Housing,
  HouseholdRelation,
  IncomeKind,
  Occupation,
} from './households.enums.js';

/**
 * A member's details; the service checks them and answers problems field by field. Abstract: no
 * argument takes it, so it is not in the schema.
 */
@InputType()
export abstract class HouseholdMemberFields {
  @Field(() => Int, {
    description: 'The household version read (Household.version); a stale one is CONFLICT.',
  })
  @Min(0)
  version!: number;

  @Field(() => String, { description: 'Full name (2–160 characters).' })
  @Length(0, 200)
  fullName!: string;

  @Field(() => HouseholdRelation, { description: 'Relation to the beneficiary.' })
  relation!: HouseholdRelation;

  @Field(() => String, {
    nullable: true,
    description:
      'National ID (starts with 1) or residence number (starts with 2): 10 digits with a valid check digit. Optional.',
  })
  @IsOptional()
  @Length(0, 20)
  nationalId?: string | null;

  @Field(() => String, { description: 'Date of birth, YYYY-MM-DD.' })
  @Length(0, 10)
  dateOfBirth!: string;

  @Field(() => GenderValue, { description: 'Gender.' })
  gender!: GenderValue;

  @Field(() => Boolean, { description: 'Whether the member has a disability.' })
  hasDisability!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the disability is (up to 500 characters); kept only with a disability.',
  })
  @IsOptional()
  @Length(0, 500)
  disabilityNote?: string | null;

  @Field(() => Occupation, { description: 'Student, worker, …' })
  occupation!: Occupation;
}

@InputType({ description: 'A new household member.' })
export class HouseholdMemberAddInput extends HouseholdMemberFields {
  @Field(() => ID, { description: 'The beneficiary whose household it is.' })
  beneficiaryId!: string;
}

@InputType({ description: 'A household member’s details, all given again.' })
export class HouseholdMemberUpdateInput extends HouseholdMemberFields {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;
}

@InputType({ description: 'A household member to remove.' })
export class HouseholdMemberRemoveInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => Int, { description: 'The household version read; a stale one is CONFLICT.' })
  @Min(0)
  version!: number;
}

@InputType({ description: 'A monthly income of one kind.' })
export class HouseholdIncomeInput {
  @Field(() => IncomeKind, { description: 'The kind.' })
  kind!: IncomeKind;

  @Field(() => Int, { description: 'Monthly amount in whole riyals, 0–1,000,000.' })
  monthlyAmount!: number;
}

@InputType({ description: 'A monthly expense of one kind (not RENT: give monthlyRent).' })
export class HouseholdExpenseInput {
  @Field(() => ExpenseKind, { description: 'The kind.' })
  kind!: ExpenseKind;

  @Field(() => Int, { description: 'Monthly amount in whole riyals, 0–1,000,000.' })
  monthlyAmount!: number;
}

@InputType({ description: 'A national address; every field optional, each checked when given.' })
export class NationalAddressInput {
  @Field(() => String, { nullable: true, description: 'Building number, 4 digits.' })
  @IsOptional()
  @Length(0, 20)
  buildingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Street (2–120 characters).' })
  @IsOptional()
  @Length(0, 200)
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'District (2–120 characters).' })
  @IsOptional()
  @Length(0, 200)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'City (2–80 characters).' })
  @IsOptional()
  @Length(0, 200)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, 5 digits.' })
  @IsOptional()
  @Length(0, 20)
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Additional number, 4 digits.' })
  @IsOptional()
  @Length(0, 20)
  additionalNumber?: string | null;
}

@InputType({
  description:
    'A household’s circumstances, all given again: kinds of income or expense left out become 0.',
})
export class HouseholdCircumstancesSetInput {
  @Field(() => ID, { description: 'The beneficiary whose household it is.' })
  beneficiaryId!: string;

  @Field(() => Int, { description: 'The household version read; a stale one is CONFLICT.' })
  @Min(0)
  version!: number;

  @Field(() => Housing, { nullable: true, description: 'Housing; null when not known.' })
  @IsOptional()
  housing?: Housing | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Monthly rent in riyals: required (above 0) when RENTED, else ignored.',
  })
  @IsOptional()
  monthlyRent?: number | null;

  @Field(() => [HouseholdIncomeInput], { description: 'Monthly income by kind.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  incomes!: HouseholdIncomeInput[];

  @Field(() => [HouseholdExpenseInput], { description: 'Monthly expenses by kind (not RENT).' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  expenses!: HouseholdExpenseInput[];

  @Field(() => NationalAddressInput, { description: 'The national address.' })
  @ValidateNested()
  address!: NationalAddressInput;
}
