import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access, PUBLIC, SIGNED_IN } from '../common/access.js';
import { unauthenticated } from '../common/errors.js';
import { PolicyService } from './policy.service.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyObjective } from './policy-objective.entity.js';
import { Channel } from './channel.entity.js';
import { Tool } from './tool.entity.js';
import { ChecklistItem, HandlingStep } from './handling-step.entity.js';
import { BoardApproval } from './board-approval.entity.js';
import { Organization } from './organization.entity.js';

const service = (ctx: Context) => new PolicyService(ctx.em);

/** The active version for anyone; another version only for signed-in users. */
async function versionFor(ctx: Context, number: number | undefined | null) {
  if (number != null && !ctx.user) throw unauthenticated();
  return service(ctx).versionOrActive(number);
}

const versionArg = {
  nullable: true,
  description: 'Policy version number; the active version when omitted.',
} as const;

/** Root queries of the policy. */
@Resolver()
export class PolicyQueryResolver {
  @Access(PUBLIC)
  @Query(() => PolicyVersion, {
    nullable: true,
    description:
      'The policy version in force, or null before any is active. Access: anyone — the policy is disseminated to beneficiaries.',
  })
  activePolicy(@Ctx() ctx: Context): Promise<PolicyVersion | null> {
    return service(ctx).activeVersion();
  }

  @Access(SIGNED_IN)
  @Query(() => PolicyVersion, {
    nullable: true,
    description: 'A policy version by its number, whatever its status. Access: any signed-in user.',
  })
  policyVersion(
    @Arg('number', () => Int, { description: 'Version number.' }) number: number,
    @Ctx() ctx: Context,
  ): Promise<PolicyVersion | null> {
    return service(ctx).versionByNumber(number);
  }

  @Access(PUBLIC)
  @Query(() => [Channel], {
    description:
      'Communication channels of a policy version, in order. Access: anyone for the active version; signed-in users for another version.',
  })
  async channels(
    @Arg('policyVersion', () => Int, versionArg) number: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<Channel[]> {
    const version = await versionFor(ctx, number);
    return version ? service(ctx).channels(version) : [];
  }

  @Access(PUBLIC)
  @Query(() => [Tool], {
    description:
      'Tools available to the beneficiary-relations officer, in order. Access: anyone for the active version; signed-in users for another version.',
  })
  async tools(
    @Arg('policyVersion', () => Int, versionArg) number: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<Tool[]> {
    const version = await versionFor(ctx, number);
    return version ? service(ctx).tools(version) : [];
  }

  @Access(PUBLIC)
  @Query(() => [HandlingStep], {
    description:
      'Handling steps of a policy version, in order. Access: anyone for the active version; signed-in users for another version.',
  })
  async handlingSteps(
    @Arg('policyVersion', () => Int, versionArg) number: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<HandlingStep[]> {
    const version = await versionFor(ctx, number);
    return version ? service(ctx).steps(version) : [];
  }
}

/** Relations of a policy version. */
@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  @FieldResolver(() => Organization, { description: 'The association whose policy this is.' })
  organization(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<Organization> {
    return service(ctx).organization(version);
  }

  @FieldResolver(() => [PolicyObjective], {
    description: 'Detailed objectives (الأهداف التفصيلية), in order; sub-items under `children`.',
  })
  objectives(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<PolicyObjective[]> {
    return service(ctx).topLevelObjectives(version);
  }

  @FieldResolver(() => [Channel], { description: 'Communication channels, in order.' })
  channels(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<Channel[]> {
    return service(ctx).channels(version);
  }

  @FieldResolver(() => [Tool], { description: 'Tools available to the officer, in order.' })
  tools(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<Tool[]> {
    return service(ctx).tools(version);
  }

  @FieldResolver(() => [HandlingStep], { description: 'Handling steps, in order.' })
  steps(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<HandlingStep[]> {
    return service(ctx).steps(version);
  }

  @FieldResolver(() => BoardApproval, {
    nullable: true,
    description: 'The board approval, once recorded.',
  })
  approval(@Root() version: PolicyVersion, @Ctx() ctx: Context): Promise<BoardApproval | null> {
    return service(ctx).approval(version);
  }
}

/** Relations of a handling step. */
@Resolver(() => HandlingStep)
export class HandlingStepResolver {
  @FieldResolver(() => [Tool], { description: 'The tools this step uses.' })
  tools(@Root() step: HandlingStep, @Ctx() ctx: Context): Promise<Tool[]> {
    return service(ctx).stepTools(step);
  }

  @FieldResolver(() => [ChecklistItem], {
    description: 'What the officer checks in this step, in order.',
  })
  checklist(@Root() step: HandlingStep, @Ctx() ctx: Context): Promise<ChecklistItem[]> {
    return service(ctx).checklist(step);
  }
}

/** Sub-items of an objective. */
@Resolver(() => PolicyObjective)
export class PolicyObjectiveResolver {
  @FieldResolver(() => [PolicyObjective], { description: 'Sub-items of the objective, in order.' })
  children(@Root() objective: PolicyObjective, @Ctx() ctx: Context): Promise<PolicyObjective[]> {
    return service(ctx).children(objective);
  }
}
