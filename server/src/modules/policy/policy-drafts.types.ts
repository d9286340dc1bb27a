import { Field, Int, ObjectType } from 'type-graphql';
import { LocalizedText, text } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { ChangeKindEnum, PolicySectionEnum } from './policy.enums.js';
import type { ChangeKind, PolicyChangeData, PolicySection } from './policy-diff.js';
import { PolicyVersion } from './policy-version.entity.js';

/**
 * What a change to a policy version returns; each mutation has its own subclass. (type-graphql 2
 * has no `isAbstract`: the base is registered so its fields are inherited, and is not in the
 * schema because no field returns it.)
 */
@ObjectType()
abstract class PolicyVersionResult {
  @Field(() => PolicyVersion, { nullable: true, description: 'The version after the change.' })
  policyVersion!: PolicyVersion | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of starting a draft: the new draft version.' })
export class PolicyDraftCreatePayload extends PolicyVersionResult {
  @Field(() => String, {
    nullable: true,
    description: 'The `clientMutationId` of the input, as given.',
  })
  clientMutationId!: string | null;
}

@ObjectType({ description: 'Result of saving a draft’s content: the draft as saved.' })
export class PolicyDraftSavePayload extends PolicyVersionResult {}

@ObjectType({ description: 'Result of recording the board’s approval: the version now in force.' })
export class PolicyApprovePayload extends PolicyVersionResult {}

@ObjectType({ description: 'Result of discarding a draft.' })
export class PolicyDraftDiscardPayload {
  @Field(() => Int, { nullable: true, description: 'Number of the discarded draft.' })
  discardedNumber!: number | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'One difference between two policy versions.' })
export class PolicyChange {
  @Field(() => PolicySectionEnum, { description: 'Which part of the policy.' })
  section!: PolicySection;

  @Field(() => String, {
    description:
      'The item: its key, STEP/ITEM for a checklist item, its place for an objective, the field for a text.',
  })
  key!: string;

  @Field(() => ChangeKindEnum, { description: 'Added, removed or changed.' })
  kind!: ChangeKind;

  @Field(() => [String], {
    description:
      'For a change: the fields that differ (name, description, position, windowDays, …).',
  })
  fields!: string[];

  @Field(() => LocalizedText, {
    description: 'The item’s name or text (the newer side’s when both).',
  })
  label!: LocalizedText;
}

@ObjectType({ description: 'What changed from one policy version to another.' })
export class PolicyVersionDiff {
  @Field(() => PolicyVersion, { description: 'The older side.' })
  from!: PolicyVersion;

  @Field(() => PolicyVersion, { description: 'The newer side.' })
  to!: PolicyVersion;

  @Field(() => [PolicyChange], { description: 'The differences, section by section.' })
  changes!: PolicyChange[];
}

/** A computed difference as its GraphQL shape. */
export const toPolicyChange = (c: PolicyChangeData): PolicyChange => ({
  ...c,
  label: text(c.label),
});
