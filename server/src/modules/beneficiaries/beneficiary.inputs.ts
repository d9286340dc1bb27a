import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GenderValue } from './beneficiary.enums.js';

@ArgsType()
export class BeneficiariesArgs {
  @Field(() => String, { nullable: true, description: 'Name, national ID or mobile.' })
  search?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

@InputType({ description: 'A new beneficiary.' })
export class BeneficiaryCreateInput {
  @Field(() => String, { description: 'Full name (2–160 characters).' })
  @Length(2, 160)
  fullName!: string;

  @Field(() => String, {
    description:
      'Saudi national ID or iqama: 10 digits starting with 1 or 2, with a valid check digit.',
  })
  @Length(10, 20)
  nationalId!: string;

  @Field(() => String, { description: 'Saudi mobile in any usual form; stored as +9665XXXXXXXX.' })
  @Length(9, 20)
  mobile!: string;

  @Field(() => String, { description: 'City of residence.' })
  @Length(2, 80)
  city!: string;

  @Field(() => GenderValue, { description: 'Gender.' })
  gender!: GenderValue;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (up to 2,000 characters).' })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;
}

@InputType({ description: 'Changes to a beneficiary; omitted fields stay as they are.' })
export class BeneficiaryUpdateInput {
  @Field(() => ID, { description: 'The beneficiary.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(2, 160)
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'Saudi mobile.' })
  @IsOptional()
  @Length(9, 20)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @Length(2, 80)
  city?: string | null;

  @Field(() => GenderValue, { nullable: true, description: 'Gender.' })
  @IsOptional()
  gender?: GenderValue | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;
}
