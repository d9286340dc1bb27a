import { Field, ID, ObjectType } from 'type-graphql';
import { hijriOf } from '../common/hijri.js';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { HolidayKind, HolidayStatus } from './calendar.enums.js';
import type { Holiday } from './holiday.entity.js';
import type { HolidayResult } from './calendar.service.js';

/** GraphQL `Holiday` (the entity holds the name). */
@ObjectType('Holiday', {
  description:
    'An official holiday of the working calendar: days on which no working-day window counts. Access: any signed-in user reads it; admins and managers change it.',
})
export class HolidayType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'First day off, YYYY-MM-DD (Riyadh).' })
  startDate!: string;

  @Field(() => String, { description: 'Last day off, YYYY-MM-DD (Riyadh), the first included.' })
  endDate!: string;

  @Field(() => String, { description: 'The first day in the Umm al-Qura calendar, YYYY-MM-DD.' })
  startDateHijri!: string;

  @Field(() => String, { description: 'The last day in the Umm al-Qura calendar, YYYY-MM-DD.' })
  endDateHijri!: string;

  @Field(() => LocalizedText, { description: 'Name of the holiday.' })
  name!: LocalizedText;

  @Field(() => HolidayKind, { description: 'Which holiday it is.' })
  kind!: HolidayKind;

  @Field(() => HolidayStatus, { description: 'Estimated from Umm al-Qura, or confirmed.' })
  status!: HolidayStatus;

  @Field(() => Boolean, {
    description: 'True when the start pre-filled it (false: added by hand).',
  })
  prefilled!: boolean;
}

export const toHolidayType = (h: Holiday): HolidayType => ({
  id: h.id,
  startDate: h.startDate,
  endDate: h.endDate,
  startDateHijri: hijriOf(h.startDate) ?? '',
  endDateHijri: hijriOf(h.endDate) ?? '',
  name: h.name,
  kind: h.kind,
  status: h.status,
  prefilled: h.seedKey != null,
});

const payloadOf = (r: HolidayResult) =>
  r.ok ? { holiday: toHolidayType(r.holiday), errors: [] } : { holiday: null, errors: r.errors };

@ObjectType({ description: 'Result of holidayAdd.' })
export class HolidayAddPayload {
  @Field(() => HolidayType, {
    nullable: true,
    description: 'The holiday added; null when refused.',
  })
  holiday!: HolidayType | null;

  @Field(() => [UserError], {
    description: 'Why it was refused (nothing saved); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of holidayUpdate.' })
export class HolidayUpdatePayload {
  @Field(() => HolidayType, {
    nullable: true,
    description: 'The holiday as saved; null when refused.',
  })
  holiday!: HolidayType | null;

  @Field(() => [UserError], {
    description: 'Why it was refused (nothing saved); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of holidayConfirm.' })
export class HolidayConfirmPayload {
  @Field(() => HolidayType, {
    nullable: true,
    description: 'The holiday confirmed; null when refused.',
  })
  holiday!: HolidayType | null;

  @Field(() => [UserError], {
    description: 'Why it was refused (nothing saved); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of holidayRemove.' })
export class HolidayRemovePayload {
  @Field(() => HolidayType, {
    nullable: true,
    description: 'The holiday removed; null when refused.',
  })
  holiday!: HolidayType | null;

  @Field(() => [UserError], {
    description: 'Why it was refused (nothing changed); empty on success.',
  })
  errors!: UserError[];
}

export const toHolidayPayload = payloadOf;
