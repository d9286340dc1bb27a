/**
 * Demo households (households module): for each beneficiary a household row (housing, a
 * national address, monthly income and expenses by kind) and 0–7 members with valid national
 * IDs or residence numbers. Drawn from a random source of their own, so the rest of the demo
 * data stays the same for a seed.
 */
import { withCheckDigit } from '../../modules/beneficiaries/saudi-identity.js';
import type { Random } from './random.js';
import type { Person } from './beneficiaries.js';
import type { DemoContext } from './demo-context.js';
import * as words from './demo-data.js';

const STREETS = [
  'شارع الملك فهد',
  'شارع الأمير سلطان',
  'شارع التحلية',
  'شارع العليا',
  'طريق الملك عبدالعزيز',
  'شارع الستين',
  'شارع الخزان',
  'شارع عمر بن الخطاب',
];
const DISTRICTS = [
  'النسيم',
  'الروضة',
  'السلامة',
  'العزيزية',
  'الشفا',
  'النزهة',
  'الفيصلية',
  'المروة',
  'الربوة',
  'الصفا',
];
const HOUSING: readonly (readonly [string, number])[] = [
  ['RENTED', 50],
  ['FAMILY', 20],
  ['OWNED', 15],
  ['CHARITY', 10],
  ['OTHER', 5],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the households of `people` (their ids are the beneficiaries'). */
export function writeHouseholds(ctx: DemoContext, rnd: Random, people: readonly Person[]): void {
  const { tables, ids } = ctx;
  const year = new Date(ctx.now).getUTCFullYear();
  for (const p of people) {
    const born = Number(p.dob.slice(0, 4));
    const family = p.name.split(' ').at(-1)!;
    const father = p.gender === 'MALE' ? p.name.split(' ')[0]! : rnd.pick(words.MALE_NAMES);
    const firstDigit = p.nationalId[0]!;
    let members = 0;
    let students = 0;
    const member = (
      relation: string,
      gender: 'MALE' | 'FEMALE',
      birthYear: number,
      occupation: string,
      withId: boolean,
    ) => {
      const first = rnd.pick(gender === 'FEMALE' ? words.FEMALE_NAMES : words.MALE_NAMES);
      const name =
        relation === 'SON' || relation === 'DAUGHTER'
          ? `${first} ${father} ${family}`
          : `${first} ${rnd.pick(words.MALE_NAMES)} ${rnd.pick(words.FAMILY_NAMES)}`;
      const body = String(1_000_000 + ((p.id * 8 + members) % 9_000_000));
      tables.householdMembers.add({
        id: ids.householdMembers++,
        createdAt: ctx.start,
        updatedAt: ctx.start,
        beneficiary: p.id,
        fullName: name,
        relation,
        nationalId: withId ? withCheckDigit(`${firstDigit}${members}${body}`) : null,
        dateOfBirth: `${birthYear}-${pad(rnd.int(1, 12))}-${pad(rnd.int(1, 28))}`,
        gender,
        hasDisability: rnd.chance(0.04),
        disabilityNote: null,
        occupation,
      });
      members++;
      if (occupation === 'STUDENT') students++;
    };
    if (born < year - 22 && rnd.chance(0.7)) {
      const spouse = p.gender === 'MALE' ? 'FEMALE' : 'MALE';
      member(
        'SPOUSE',
        spouse,
        born + rnd.int(-6, 4),
        rnd.chance(0.25) ? 'WORKER' : 'UNEMPLOYED',
        true,
      );
    }
    const children = born < year - 20 ? rnd.int(0, 5) : 0;
    for (let c = 0; c < children; c++) {
      const birthYear = Math.min(year - 1, born + 20 + rnd.int(0, 22));
      const age = year - birthYear;
      const occupation =
        age < 6 ? 'CHILD' : age < 23 ? 'STUDENT' : rnd.chance(0.5) ? 'WORKER' : 'UNEMPLOYED';
      member(
        rnd.chance(0.5) ? 'SON' : 'DAUGHTER',
        rnd.chance(0.5) ? 'MALE' : 'FEMALE',
        birthYear,
        occupation,
        age > 1,
      );
    }
    if (rnd.chance(0.1)) member('MOTHER', 'FEMALE', born - rnd.int(18, 35), 'RETIRED', true);

    const housing = rnd.weighted(HOUSING);
    const socialSecurity = rnd.chance(0.6) ? rnd.int(8, 25) * 100 : 0;
    const salary = rnd.chance(0.35) ? rnd.int(30, 80) * 100 : 0;
    tables.households.add({
      id: ids.households++,
      createdAt: ctx.start,
      updatedAt: ctx.start,
      beneficiary: p.id,
      version: 1,
      housing,
      monthlyRent: housing === 'RENTED' ? rnd.int(10, 40) * 100 : 0,
      buildingNumber: String(rnd.int(1000, 9999)),
      street: rnd.pick(STREETS),
      district: rnd.pick(DISTRICTS),
      city: p.city,
      postalCode: String(rnd.int(11000, 99999)),
      additionalNumber: String(rnd.int(1000, 9999)),
      incomeSalary: salary,
      incomeSocialSecurity: socialSecurity,
      incomePension: rnd.chance(0.15) ? rnd.int(15, 45) * 100 : 0,
      incomeCitizenAccount: rnd.chance(0.7) ? rnd.int(3, 15) * 100 : 0,
      incomeSupport: rnd.chance(0.1) ? rnd.int(2, 10) * 100 : 0,
      incomeOther: 0,
      expenseUtilities: rnd.int(3, 9) * 100,
      expenseFood: (10 + members * 3) * 100,
      expenseEducation: students * rnd.int(1, 3) * 100,
      expenseHealth: rnd.chance(0.3) ? rnd.int(1, 10) * 100 : 0,
      expenseDebt: rnd.chance(0.25) ? rnd.int(5, 20) * 100 : 0,
      expenseOther: 0,
    });
  }
}
