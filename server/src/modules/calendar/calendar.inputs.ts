import { IsInt, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';

@ArgsType()
export class HolidaysArgs {
  @Field(() => Int, { description: 'The Gregorian year whose holidays to list (2000–2100).' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@InputType({ description: 'A holiday added by hand.' })
export class HolidayAddInput {
  @Field(() => String, {
    description: 'First day off, YYYY-MM-DD (INVALID_DATE, HOLIDAY_OVERLAP).',
  })
  @Length(0, 20)
  startDate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day off, YYYY-MM-DD; the first day when absent (END_BEFORE_START, TOO_LONG: 30 days at most).',
  })
  @Length(0, 20)
  endDate?: string | null;

  @Field(() => String, { description: 'Arabic name, 1–100 characters (REQUIRED, TOO_LONG).' })
  @Length(0, 200)
  nameAr!: string;

  @Field(() => String, { description: 'English name, 1–100 characters (REQUIRED, TOO_LONG).' })
  @Length(0, 200)
  nameEn!: string;

  @Field(() => HolidayKind, { description: 'Which holiday it is.' })
  kind!: HolidayKind;

  @Field(() => HolidayStatus, { nullable: true, description: 'CONFIRMED when absent.' })
  status?: HolidayStatus | null;
}

@InputType({ description: 'Corrections to a holiday: only the fields given change.' })
export class HolidayUpdateInput {
  @Field(() => ID, { description: 'The holiday.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'First day off, YYYY-MM-DD.' })
  @Length(0, 20)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day off, YYYY-MM-DD.' })
  @Length(0, 20)
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Arabic name, 1–100 characters.' })
  @Length(0, 200)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'English name, 1–100 characters.' })
  @Length(0, 200)
  nameEn?: string | null;

  @Field(() => HolidayKind, { nullable: true, description: 'Which holiday it is.' })
  kind?: HolidayKind | null;

  @Field(() => HolidayStatus, { nullable: true, description: 'ESTIMATED or CONFIRMED.' })
  status?: HolidayStatus | null;
}

@InputType({ description: 'A holiday whose dates the yearly announcement confirmed as they are.' })
export class HolidayConfirmInput {
  @Field(() => ID, { description: 'The holiday.' })
  id!: string;
}

@InputType({ description: 'A holiday to remove (its days count as working days again).' })
export class HolidayRemoveInput {
  @Field(() => ID, { description: 'The holiday.' })
  id!: string;
}
