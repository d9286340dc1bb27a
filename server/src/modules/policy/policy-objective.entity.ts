import {
  Collection,
  Embedded,
  Entity,
  ManyToOne,
  OneToMany,
  Property,
  QueryOrder,
  type Rel,
  Index,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import type { PolicyVersion } from './policy-version.entity.js';

@Entity({ tableName: 'policy_objective' })
@ObjectType({
  description: 'A detailed objective of the policy (الأهداف التفصيلية), possibly with sub-items.',
})
export class PolicyObjective extends BaseEntity {
  @Index()
  @ManyToOne('PolicyVersion')
  version!: Rel<PolicyVersion>;

  @Index()
  @ManyToOne(() => PolicyObjective, { nullable: true })
  parent?: Rel<PolicyObjective>;

  @Field(() => Int, { description: 'Position among its siblings, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LocalizedText, { description: 'Text of the objective.' })
  @Embedded(() => LocalizedText, { prefix: 'text_' })
  text!: LocalizedText;

  @OneToMany(() => PolicyObjective, (o) => o.parent, { orderBy: { position: QueryOrder.ASC } })
  children = new Collection<PolicyObjective>(this);
}
