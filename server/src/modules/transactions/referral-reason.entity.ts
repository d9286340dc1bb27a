import { Embedded, Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';

/**
 * Why a beneficiary found the procedure unclear (step 3): a configurable list, so managers can
 * see which procedures need explaining better.
 */
@Entity({ tableName: 'referral_reason' })
@ObjectType({ description: 'A reason for referring a beneficiary to the social-research officer.' })
export class ReferralReason extends BaseEntity {
  @Field(() => String, { description: 'Stable key.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  key!: string;

  @Field(() => LocalizedText, { description: 'Label.' })
  @Embedded(() => LocalizedText, { prefix: 'label_' })
  label!: LocalizedText;

  @Field(() => Boolean, { description: 'False once retired: kept for old referrals, not offered.' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}

/** The default list, loaded once on first start. */
export const defaultReferralReasons: { key: string; ar: string; en: string }[] = [
  { key: 'ELIGIBILITY', ar: 'شروط الاستحقاق غير واضحة', en: 'Eligibility criteria unclear' },
  { key: 'DOCUMENTS', ar: 'المستندات المطلوبة غير واضحة', en: 'Required documents unclear' },
  { key: 'SUPPORT_TYPES', ar: 'أنواع الدعم المتاحة', en: 'Types of support available' },
  { key: 'PROCEDURE', ar: 'مراحل الإجراء ومدته', en: 'Stages and duration of the procedure' },
  { key: 'SOCIAL_RESEARCH', ar: 'إجراءات البحث الاجتماعي', en: 'Social research procedures' },
  { key: 'OTHER', ar: 'أخرى', en: 'Other' },
];
