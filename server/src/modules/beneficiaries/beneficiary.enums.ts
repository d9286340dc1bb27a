import { registerEnumType } from 'type-graphql';

export enum GenderValue {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(GenderValue, {
  name: 'Gender',
  description: 'Gender of a beneficiary.',
  valuesConfig: { MALE: { description: 'Male.' }, FEMALE: { description: 'Female.' } },
});
