import { Embedded, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import type { PolicyVersion } from './policy-version.entity.js';

@Entity({ tableName: 'channel' })
@Unique({ properties: ['version', 'key'] })
@ObjectType({ description: 'A channel through which beneficiaries reach the association.' })
export class Channel extends BaseEntity {
  @ManyToOne('PolicyVersion')
  version!: Rel<PolicyVersion>;

  @Field(() => String, {
    description: 'Stable key of the channel, the same across policy versions.',
  })
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Field(() => Int, { description: 'Position in the policy’s list, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LocalizedText, { description: 'Name of the channel.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the channel is and how it is used.' })
  @Embedded(() => LocalizedText, { prefix: 'description_' })
  description!: LocalizedText;
}
