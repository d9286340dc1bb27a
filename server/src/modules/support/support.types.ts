import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import { LocalizedText } from '../common/localized-text.js';
import { PersonalDocument, toPersonalDocument } from '../documents/documents.types.js';
import { TransactionClosingChange, TransactionChange } from '../transactions/transaction.types.js';
import type { BeneficiaryDocument } from '../documents/beneficiary-document.entity.js';
import type { SupportAward, SupportDelivery } from './support-award.entity.js';
import type { SupportType } from './support-type.entity.js';
import type { GivenRow } from './support.repository.js';
import { Acknowledgement, AwardStage, SupportFrequency, SupportUnit } from './support.enums.js';

/** GraphQL `SupportType` (the entity holds the name). Not personal data. */
@ObjectType('SupportType', {
  description:
    'A kind of support the association gives (cash, food basket, rent, …), kept by managers. Readable by every signed-in role.',
})
export class SupportTypeType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Stable key.' })
  key!: string;

  @Field(() => LocalizedText, { description: 'Its name, in Arabic and English.' })
  name!: LocalizedText;

  @Field(() => SupportUnit, { description: 'What it is counted in.' })
  unit!: SupportUnit;

  @Field(() => Int, {
    description:
      'Days back the committee is warned of the same support delivered to the same beneficiary.',
  })
  recentWindowDays!: number;

  @Field(() => Boolean, { description: 'Offered for new approvals.' })
  active!: boolean;
}

export const toSupportTypeType = (t: SupportType): SupportTypeType => ({
  id: String(t.id),
  key: t.key,
  name: t.name,
  unit: t.unit,
  recentWindowDays: t.recentWindowDays,
  active: t.active,
});

/** GraphQL `SupportAward`: what the committee approved on one transaction. */
@ObjectType('SupportAward', {
  description:
    'What the committee approved on a support request: the type, the quantity each time, how often, for how long; its registration (step 6) and what was delivered (step 7).',
})
export class SupportAwardType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => SupportTypeType, { description: 'The support type.' })
  supportType!: SupportTypeType;

  @Field(() => Int, { description: 'Riyals, items or sessions each time.' })
  quantity!: number;

  @Field(() => SupportFrequency, { description: 'How often.' })
  frequency!: SupportFrequency;

  @Field(() => Int, { description: 'Months the registration is valid.' })
  validityMonths!: number;

  @Field(() => Int, { description: 'Everything approved: the quantity times the deliveries.' })
  totalQuantity!: number;

  @Field(() => Int, { description: 'Delivered so far.' })
  deliveredQuantity!: number;

  @Field(() => AwardStage, { description: 'Where it stands.' })
  stage!: AwardStage;

  @Field(() => Date, { nullable: true, description: 'When the committee approved it.' })
  approvedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day of the registration, YYYY-MM-DD (step 6).',
  })
  validFrom!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the registration, YYYY-MM-DD; the renewal list reads it.',
  })
  validUntil!: string | null;

  /** The entity's id, for the deliveries' field; not a field. */
  awardId!: number;
}

export const toSupportAwardType = (a: SupportAward): SupportAwardType => ({
  id: String(a.id),
  awardId: a.id,
  supportType: toSupportTypeType(a.supportType as SupportType),
  quantity: a.quantity,
  frequency: a.frequency,
  validityMonths: a.validityMonths,
  totalQuantity: a.totalQuantity,
  deliveredQuantity: a.deliveredQuantity,
  stage: a.stage,
  approvedAt: a.approvedAt ?? null,
  validFrom: a.validFrom ?? null,
  validUntil: a.validUntil ?? null,
});

/** GraphQL `SupportDelivery`: one handing-over. Personal data (its receipt). */
@ObjectType('SupportDelivery', {
  description:
    'One delivery of approved support, with the recipient’s acknowledgement. Personal data: readable by staff, researcher, committee and manager only.',
})
export class SupportDeliveryType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => SupportTypeType, { description: 'The support type.' })
  supportType!: SupportTypeType;

  @Field(() => String, { description: 'The day it was handed over, YYYY-MM-DD.' })
  deliveredOn!: string;

  @Field(() => Int, { description: 'Riyals, items or sessions.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'What exactly was handed over.' })
  items!: string | null;

  @Field(() => String, { description: 'Who handed it over (display name).' })
  handedOverBy!: string;

  @Field(() => Acknowledgement, { description: 'How the recipient acknowledged it.' })
  acknowledgement!: Acknowledgement;

  @Field(() => PersonalDocument, { description: 'The signature or the scanned receipt.' })
  receipt!: PersonalDocument;
}

export const toSupportDeliveryType = (d: SupportDelivery): SupportDeliveryType => ({
  id: String(d.id),
  supportType: toSupportTypeType(d.supportType as SupportType),
  deliveredOn: d.deliveredOn,
  quantity: d.quantity,
  items: d.items ?? null,
  handedOverBy: d.handedOverBy.displayName ?? '',
  acknowledgement: d.acknowledgement,
  receipt: toPersonalDocument(d.receipt as BeneficiaryDocument),
});

@ObjectType({
  description: 'One support type’s share of what a beneficiary was given over the last 12 months.',
})
export class SupportGiven {
  @Field(() => SupportTypeType, { description: 'The support type.' })
  supportType!: SupportTypeType;

  @Field(() => Int, { description: 'How many deliveries.' })
  deliveries!: number;

  @Field(() => Int, { description: 'Riyals, items or sessions in all.' })
  quantity!: number;

  @Field(() => String, { description: 'The last delivery’s day, YYYY-MM-DD.' })
  lastDeliveredOn!: string;
}

export const toSupportGiven = (r: GivenRow): SupportGiven => ({
  ...r,
  supportType: toSupportTypeType(r.supportType),
});

@ObjectType({ description: 'The result of supportTypeSave.' })
export class SupportTypeSavePayload {
  @Field(() => SupportTypeType, { nullable: true, description: 'The type as saved.' })
  supportType!: SupportTypeType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of supportAwardPropose.' })
export class SupportAwardProposePayload {
  @Field(() => SupportAwardType, { nullable: true, description: 'What is to be approved.' })
  award!: SupportAwardType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description: 'Result of supportDeliveryRecord.',
  implements: [TransactionChange, TransactionClosingChange],
})
export class SupportDeliveryRecordPayload extends TransactionClosingChange {}

/** GraphQL `SupportRenewal`: a registration about to lapse. Personal data (who). */
@ObjectType('SupportRenewal', {
  description:
    'A registration whose validity ends soon (or has just ended): who, what, until when. Personal data: staff, committee and manager only.',
})
export class SupportRenewal {
  @Field(() => ID, { description: 'The award’s identifier.' })
  id!: string;

  @Field(() => SupportAwardType, { description: 'What was approved and registered.' })
  award!: SupportAwardType;

  @Field(() => String, { description: 'The transaction it was approved on.' })
  transactionReference!: string;

  @Field(() => ID, { description: 'The beneficiary.' })
  beneficiaryId!: string;

  @Field(() => String, { description: 'The beneficiary’s name (personal data).' })
  beneficiaryName!: string;

  @Field(() => Int, {
    description: 'Days from today to its last valid day (negative once lapsed).',
  })
  daysLeft!: number;
}

export const SupportRenewalConnection = Connection(SupportRenewal, 'SupportRenewal');
