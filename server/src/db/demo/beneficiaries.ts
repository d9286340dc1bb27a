/** Demo beneficiaries: Saudi names, valid national IDs, mobiles and cities. */
import { foldArabic } from '../../modules/common/arabic.js';
import { withCheckDigit } from '../../modules/beneficiaries/saudi-identity.js';
import { DAY, type DemoContext } from './demo-context.js';
import * as words from './demo-data.js';

/** A beneficiary as the transactions need them (the attestation hashes their data). */
export interface Person {
  id: number;
  name: string;
  nationalId: string;
  mobile: string;
  city: string;
  gender: 'MALE' | 'FEMALE';
  dob: string;
}

/** Writes `count` beneficiaries, registered before the period starts, and returns them. */
export function writeBeneficiaries(ctx: DemoContext, count: number): Person[] {
  const { rnd, seed } = ctx;
  const first = ctx.ids.beneficiaries;
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const female = rnd.chance(0.55);
    const name = `${rnd.pick(female ? words.FEMALE_NAMES : words.MALE_NAMES)} ${rnd.pick(words.MALE_NAMES)} ${rnd.pick(words.FAMILY_NAMES)}`;
    // Unique national IDs: 1 (citizen) or 2 (resident), then a number derived from the index.
    const body = String(100_000_000 + ((i * 7_919 + seed * 104_729) % 900_000_000)).slice(1);
    const nationalId = withCheckDigit(`${rnd.chance(0.85) ? 1 : 2}${body}`);
    const person: Person = {
      id: first + i,
      name,
      nationalId,
      mobile: `+9665${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`,
      city: rnd.pick(words.CITIES),
      gender: female ? 'FEMALE' : 'MALE',
      dob: `${rnd.int(1950, 2004)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    };
    people.push(person);
    const created = ctx.start - rnd.int(1, 400) * DAY;
    ctx.tables.beneficiaries.add({
      id: person.id,
      createdAt: created,
      updatedAt: created,
      fullName: person.name,
      nameFolded: foldArabic(person.name),
      nationalId: person.nationalId,
      mobile: person.mobile,
      city: person.city,
      gender: person.gender,
      dateOfBirth: person.dob,
      createdBy: rnd.pick(ctx.users.staff).id,
    });
  }
  ctx.ids.beneficiaries += count;
  return people;
}
