import { Embedded, Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import type { PolicyVersion } from './policy-version.entity.js';

@Entity({ tableName: 'board_approval' })
@ObjectType({ description: 'The board’s approval of a policy version (اعتماد مجلس الإدارة).' })
export class BoardApproval extends BaseEntity {
  @OneToOne('PolicyVersion', (v: PolicyVersion) => v.approval, { owner: true })
  version!: Rel<PolicyVersion>;

  @Field(() => LocalizedText, { description: 'The body that approved the policy.' })
  @Embedded(() => LocalizedText, { prefix: 'body_' })
  body!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The board’s term (دورة) at the time of approval.' })
  @Embedded(() => LocalizedText, { prefix: 'board_term_' })
  boardTerm!: LocalizedText;

  @Field(() => String, { description: 'Gregorian date of the approval, ISO 8601 (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  approvedOnGregorian!: string;

  @Field(() => String, {
    description:
      'Hijri (Umm al-Qura) date of the approval, YYYY-MM-DD; the same day as the Gregorian date.',
  })
  @Property({ type: 'string', length: 10 })
  approvedOnHijri!: string;

  @Field(() => LocalizedText, {
    description: 'Note recorded with the approval, such as what it replaces.',
  })
  @Embedded(() => LocalizedText, { prefix: 'note_' })
  note!: LocalizedText;
}
