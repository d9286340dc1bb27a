import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import type { Beneficiary } from './beneficiary.entity.js';
import type { BeneficiaryResult } from './beneficiary.service.js';
import { GenderValue } from './beneficiary.enums.js';

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

/**
 * What creating or changing a beneficiary returns. An interface, so that the client selects
 * these fields once (one fragment); each mutation has its own payload implementing it.
 */
@InterfaceType('BeneficiaryChange', {
  description: 'What creating or changing a beneficiary answers.',
})
abstract class BeneficiaryChange {
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

@ObjectType({
  description:
    'Result of registering a beneficiary: the new record, or the existing one when the national ID is taken.',
  implements: BeneficiaryChange,
})
export class BeneficiaryCreatePayload extends BeneficiaryChange {}

@ObjectType({
  description: 'Result of changing a beneficiary’s details.',
  implements: BeneficiaryChange,
})
export class BeneficiaryUpdatePayload extends BeneficiaryChange {}

/** A service result as either payload (their fields are the same). */
export const toBeneficiaryPayload = (result: BeneficiaryResult): BeneficiaryChange =>
  result.ok
    ? { beneficiary: toBeneficiaryType(result.beneficiary), existingBeneficiary: null, errors: [] }
    : {
        beneficiary: null,
        existingBeneficiary: result.existing ? toBeneficiaryType(result.existing) : null,
        errors: result.errors,
      };
