import {
  Cascade,
  Collection,
  Embedded,
  Entity,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  QueryOrder,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { LocalizedText } from '../common/localized-text.js';
import { PerformerRole, WindowUnit } from './policy.enums.js';
import { Tool } from './tool.entity.js';
import type { PolicyVersion } from './policy-version.entity.js';

@Entity({ tableName: 'handling_step' })
@Unique({ properties: ['version', 'key'] })
@ObjectType({
  description:
    'A step of handling a beneficiary’s transaction (التعامل مع المستفيد), in the order the policy gives.',
})
export class HandlingStep extends BaseEntity {
  @ManyToOne('PolicyVersion')
  version!: Rel<PolicyVersion>;

  @Field(() => String, { description: 'Stable key of the step, the same across policy versions.' })
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Field(() => Int, { description: 'Step number in the policy’s order, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LocalizedText, { description: 'Short title of the step.' })
  @Embedded(() => LocalizedText, { prefix: 'title_' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The policy’s own sentence for the step.' })
  @Embedded(() => LocalizedText, { prefix: 'text_' })
  text!: LocalizedText;

  @Field(() => PerformerRole, { description: 'Who performs the step.' })
  @Property({ type: 'string', length: 16 })
  performerRole!: PerformerRole;

  @Field(() => Boolean, { description: 'True when the step is performed only under a condition.' })
  @Property({ type: 'boolean' })
  conditional: Opt<boolean> = false;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'The condition under which a conditional step is performed.',
  })
  @Embedded(() => LocalizedText, { prefix: 'condition_', nullable: true })
  condition?: LocalizedText;

  @Field(() => Int, {
    nullable: true,
    description: 'Time limit of the step in days (for the committee step: the committee window).',
  })
  @Property({ type: 'integer', nullable: true })
  windowDays?: number;

  @Field(() => WindowUnit, {
    description:
      'What the time limit counts: calendar days, or working days (Sunday–Thursday, holidays skipped).',
  })
  @Property({ type: 'string', length: 16, default: WindowUnit.CALENDAR })
  windowUnit: Opt<WindowUnit> = WindowUnit.CALENDAR;

  @ManyToMany(() => Tool, undefined, { pivotTable: 'handling_step_tool' })
  tools = new Collection<Tool>(this);

  @OneToMany(() => ChecklistItem, (i) => i.step, {
    cascade: [Cascade.ALL],
    orderBy: { position: QueryOrder.ASC },
  })
  checklist = new Collection<ChecklistItem>(this);
}

@Entity({ tableName: 'checklist_item' })
@Unique({ properties: ['step', 'key'] })
@ObjectType({ description: 'An item the officer checks during a handling step.' })
export class ChecklistItem extends BaseEntity {
  @ManyToOne(() => HandlingStep)
  step!: Rel<HandlingStep>;

  @Field(() => String, { description: 'Stable key of the item within its step.' })
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Field(() => Int, { description: 'Position in the checklist, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LocalizedText, { description: 'What to check.' })
  @Embedded(() => LocalizedText, { prefix: 'text_' })
  text!: LocalizedText;

  @Field(() => Boolean, {
    description: 'True when the step cannot be completed without this item.',
  })
  @Property({ type: 'boolean' })
  required: Opt<boolean> = true;

  @Field(() => String, {
    nullable: true,
    description:
      'The key of the document type the item asks for: the step cannot end until the beneficiary has a current (unexpired) document of that type on file. Null: no document.',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  documentTypeKey?: string | null;
}
