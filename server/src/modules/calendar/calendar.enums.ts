import { describeEnum } from '../common/enums.js';

/** Which official holiday a holiday is. */
export enum HolidayKind {
  FOUNDING_DAY = 'FOUNDING_DAY',
  NATIONAL_DAY = 'NATIONAL_DAY',
  EID_AL_FITR = 'EID_AL_FITR',
  EID_AL_ADHA = 'EID_AL_ADHA',
  OTHER = 'OTHER',
}
describeEnum(HolidayKind, 'HolidayKind', 'Which official holiday a holiday is.', {
  FOUNDING_DAY: 'Founding Day, 22 February.',
  NATIONAL_DAY: 'Saudi National Day, 23 September.',
  EID_AL_FITR: 'The Eid al-Fitr holiday (after Ramadan, Umm al-Qura calendar).',
  EID_AL_ADHA: 'The Eid al-Adha holiday (from the Day of Arafah, Umm al-Qura calendar).',
  OTHER: 'Any other day off announced (a compensation day, an exceptional holiday).',
});

/** Whether a holiday's dates are known or estimated. */
export enum HolidayStatus {
  ESTIMATED = 'ESTIMATED',
  CONFIRMED = 'CONFIRMED',
}
describeEnum(HolidayStatus, 'HolidayStatus', 'Whether a holiday’s dates are known.', {
  ESTIMATED:
    'Computed from the Umm al-Qura calendar before the yearly announcement; an admin or manager confirms or corrects it.',
  CONFIRMED: 'Dates as announced (or fixed by decree), confirmed by an admin or manager.',
});
