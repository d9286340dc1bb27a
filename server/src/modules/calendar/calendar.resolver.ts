import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, SIGNED_IN } from '../common/access.js';
import { parseId } from '../common/input.js';
import { HolidayStatus } from './calendar.enums.js';
import {
  HolidayAddInput,
  HolidayConfirmInput,
  HolidayRemoveInput,
  HolidaysArgs,
  HolidayUpdateInput,
} from './calendar.inputs.js';
import {
  addHoliday,
  CALENDAR_KEEPERS,
  holidaysOfYear,
  removeHoliday,
  updateHoliday,
} from './calendar.service.js';
import {
  HolidayAddPayload,
  HolidayConfirmPayload,
  HolidayRemovePayload,
  HolidayType,
  HolidayUpdatePayload,
  toHolidayPayload,
  toHolidayType,
} from './calendar.types.js';

/** The working calendar's holidays: the year's list, and the keepers' changes (all audited). */
@Resolver()
export class CalendarResolver {
  @Access(SIGNED_IN)
  @Query(() => [HolidayType], {
    description:
      'The holidays in force that touch a Gregorian year (a handful), first first, estimated and confirmed. Access: any signed-in user.',
  })
  async holidays(@Args() { year }: HolidaysArgs, @Ctx() ctx: Context) {
    return (await holidaysOfYear(ctx.em, year)).map(toHolidayType);
  }

  @Access(CALENDAR_KEEPERS)
  @Mutation(() => HolidayAddPayload, {
    description: 'Adds a holiday to the working calendar (audited). Access: admin, manager.',
  })
  async holidayAdd(
    @Arg('input', () => HolidayAddInput, { description: 'The holiday.' }) input: HolidayAddInput,
    @Ctx() ctx: Context,
  ): Promise<HolidayAddPayload> {
    return toHolidayPayload(await addHoliday(ctx.em, actorOf(ctx), input));
  }

  @Access(CALENDAR_KEEPERS)
  @Mutation(() => HolidayUpdatePayload, {
    description:
      'Corrects a holiday’s days, name, kind or status (audited; due dates already set keep theirs). Access: admin, manager.',
  })
  async holidayUpdate(
    @Arg('input', () => HolidayUpdateInput, { description: 'What changes.' })
    input: HolidayUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<HolidayUpdatePayload> {
    const { id, ...fields } = input;
    return toHolidayPayload(await updateHoliday(ctx.em, actorOf(ctx), parseId(id), fields));
  }

  @Access(CALENDAR_KEEPERS)
  @Mutation(() => HolidayConfirmPayload, {
    description:
      'Confirms an estimated holiday as announced, its days unchanged (audited). Access: admin, manager.',
  })
  async holidayConfirm(
    @Arg('input', () => HolidayConfirmInput, { description: 'The holiday.' })
    input: HolidayConfirmInput,
    @Ctx() ctx: Context,
  ): Promise<HolidayConfirmPayload> {
    return toHolidayPayload(
      await updateHoliday(ctx.em, actorOf(ctx), parseId(input.id), {
        status: HolidayStatus.CONFIRMED,
      }),
    );
  }

  @Access(CALENDAR_KEEPERS)
  @Mutation(() => HolidayRemovePayload, {
    description:
      'Removes a holiday: its days count as working days again (audited). Access: admin, manager.',
  })
  async holidayRemove(
    @Arg('input', () => HolidayRemoveInput, { description: 'The holiday.' })
    input: HolidayRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<HolidayRemovePayload> {
    return toHolidayPayload(await removeHoliday(ctx.em, actorOf(ctx), parseId(input.id)));
  }
}
