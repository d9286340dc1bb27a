import { Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';

@Entity({ tableName: 'organization' })
@ObjectType({ description: 'The association that runs this desk.' })
export class Organization extends BaseEntity {
  @Field(() => String, { description: 'Short stable key of the association.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  key!: string;

  @Field(() => LocalizedText, { description: 'Name of the association.' })
  @Embedded(() => LocalizedText, { prefix: 'name_' })
  name!: LocalizedText;
}
