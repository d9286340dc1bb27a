import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import type { Beneficiary } from './beneficiary.entity.js';

export enum GenderValue {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(GenderValue, {
  name: 'Gender',
  description: 'Gender of a beneficiary.',
  valuesConfig: { MALE: { description: 'Male.' }, FEMALE: { description: 'Female.' } },
});

/**
 * A beneficiary as the API shows it. Every field here is personal data: the type is only
 * reachable through fields whose rule is the personal-data roles (staff, researcher,
 * committee, manager), and each read is written to the audit trail.
 */
@ObjectType('Beneficiary', {
  description:
    'A person the association serves. Personal data: readable by staff, researcher, committee and manager only; every read is audited.',
})
export class BeneficiaryType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  fullName!: string;

  @Field(() => String, { description: 'Saudi national ID or iqama number (10 digits).' })
  nationalId!: string;

  @Field(() => String, { description: 'Saudi mobile number, +9665XXXXXXXX.' })
  mobile!: string;

  @Field(() => String, { description: 'City of residence.' })
  city!: string;

  @Field(() => GenderValue, { description: 'Gender.' })
  gender!: GenderValue;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: 'Officers’ notes.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt!: Date;
}

export const toBeneficiaryType = (b: Beneficiary): BeneficiaryType => ({
  id: String(b.id),
  fullName: b.fullName,
  nationalId: b.nationalId,
  mobile: b.mobile,
  city: b.city,
  gender: b.gender as GenderValue,
  dateOfBirth: b.dateOfBirth ?? null,
  notes: b.notes ?? null,
  createdAt: b.createdAt,
  updatedAt: b.updatedAt,
});

export const BeneficiaryConnection = Connection(BeneficiaryType, 'Beneficiary');

@ObjectType({ description: 'Result of creating or changing a beneficiary.' })
export class BeneficiaryPayload {
  @Field(() => BeneficiaryType, {
    nullable: true,
    description: 'The beneficiary after the change.',
  })
  beneficiary!: BeneficiaryType | null;

  @Field(() => BeneficiaryType, {
    nullable: true,
    description: 'When the national ID is already registered: the existing record, to use instead.',
  })
  existingBeneficiary!: BeneficiaryType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}
