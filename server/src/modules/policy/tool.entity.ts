import { Embedded, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import { ToolKind } from './policy.enums.js';
import type { PolicyVersion } from './policy-version.entity.js';

@Entity({ tableName: 'tool' })
@Unique({ properties: ['version', 'key'] })
@ObjectType({
  description: 'A tool available to the beneficiary-relations officer: a document of the library.',
})
export class Tool extends BaseEntity {
  @ManyToOne('PolicyVersion')
  version!: Rel<PolicyVersion>;

  @Field(() => String, { description: 'Stable key of the tool, the same across policy versions.' })
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Field(() => ToolKind, { description: 'Kind of document.' })
  @Property({ type: 'string', length: 16 })
  kind!: ToolKind;

  @Field(() => Int, { description: 'Position in the policy’s list, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LocalizedText, { description: 'Name of the tool.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the tool is for.' })
  @Embedded(() => LocalizedText, { prefix: 'description_' })
  description!: LocalizedText;
}
