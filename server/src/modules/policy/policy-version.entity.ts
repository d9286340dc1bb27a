import {
  Cascade,
  Collection,
  Embedded,
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  OneToMany,
  OneToOne,
  Property,
  QueryOrder,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import { PolicyVersionStatus } from './policy.enums.js';
import { Organization } from './organization.entity.js';
import { PolicyObjective } from './policy-objective.entity.js';
import { Channel } from './channel.entity.js';
import { Tool } from './tool.entity.js';
import { HandlingStep } from './handling-step.entity.js';
import { BoardApproval } from './board-approval.entity.js';
import { PolicyVersionRepository } from './policy-version.repository.js';

@Entity({ tableName: 'policy_version', repository: () => PolicyVersionRepository })
@Unique({ properties: ['organization', 'number'] })
@Index({ properties: ['organization', 'status'] })
@ObjectType({
  description:
    'One version of the beneficiary-relations policy: its texts, channels, tools and handling steps.',
})
export class PolicyVersion extends BaseEntity {
  [EntityRepositoryType]?: PolicyVersionRepository;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Field(() => Int, { description: 'Version number, 1 for the first policy; increases by one.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => PolicyVersionStatus, { description: 'Where the version is in its life cycle.' })
  @Property({ type: 'string', length: 16 })
  status: Opt<PolicyVersionStatus> = PolicyVersionStatus.DRAFT;

  @Field(() => LocalizedText, { description: 'Title of the policy document.' })
  @Embedded(() => LocalizedText, { prefix: 'title_' })
  title!: LocalizedText;

  @Field(() => LocalizedText, {
    description: 'Preface (تمهيد). Paragraphs separated by blank lines.',
  })
  @Embedded(() => LocalizedText, { prefix: 'preface_' })
  preface!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The general objective (الهدف العام).' })
  @Embedded(() => LocalizedText, { prefix: 'general_objective_' })
  generalObjective!: LocalizedText;

  @Field(() => Date, {
    nullable: true,
    description: 'When the version came into force; null while it never has.',
  })
  @Property({ type: 'Date', nullable: true })
  activatedAt?: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a later version replaced it; null while it has not been superseded.',
  })
  @Property({ type: 'Date', nullable: true })
  supersededAt?: Date;

  @OneToMany(() => PolicyObjective, (o) => o.version, {
    cascade: [Cascade.ALL],
    orderBy: { position: QueryOrder.ASC },
  })
  objectives = new Collection<PolicyObjective>(this);

  @OneToMany(() => Channel, (c) => c.version, {
    cascade: [Cascade.ALL],
    orderBy: { position: QueryOrder.ASC },
  })
  channels = new Collection<Channel>(this);

  @OneToMany(() => Tool, (t) => t.version, {
    cascade: [Cascade.ALL],
    orderBy: { position: QueryOrder.ASC },
  })
  tools = new Collection<Tool>(this);

  @OneToMany(() => HandlingStep, (s) => s.version, {
    cascade: [Cascade.ALL],
    orderBy: { position: QueryOrder.ASC },
  })
  steps = new Collection<HandlingStep>(this);

  @OneToOne(() => BoardApproval, (a) => a.version, { nullable: true })
  approval?: Rel<BoardApproval>;
}
