import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, SIGNED_IN } from '../common/access.js';
import { Role } from '../common/role.js';
import { approve } from './policy-approval.service.js';
import * as drafts from './policy-drafts.service.js';
import type { VersionResult } from './policy-drafts.service.js';
import {
  PolicyApproveInput,
  PolicyDraftCreateInput,
  PolicyDraftDiscardInput,
  PolicyDraftSaveInput,
} from './policy-drafts.inputs.js';
import {
  PolicyApprovePayload,
  PolicyDraftCreatePayload,
  PolicyDraftDiscardPayload,
  PolicyDraftSavePayload,
  PolicyVersionDiff,
  toPolicyChange,
} from './policy-drafts.types.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyService } from './policy.service.js';

const MANAGERS = [Role.MANAGER];

const versionPayload = (r: VersionResult) =>
  r.ok ? { policyVersion: r.version, errors: [] } : { policyVersion: null, errors: r.errors };

/** Policy versions over time: drafts, comparison, and the board's approval. */
@Resolver()
export class PolicyDraftResolver {
  @Access(SIGNED_IN)
  @Query(() => [PolicyVersion], {
    description:
      'Every policy version, newest first: drafts, the one in force and those superseded. Access: any signed-in user.',
  })
  policyVersions(@Ctx() ctx: Context): Promise<PolicyVersion[]> {
    return new PolicyService(ctx.em).allVersions();
  }

  @Access(SIGNED_IN)
  @Query(() => PolicyVersionDiff, {
    description:
      'What changed from one policy version to another: added, removed and changed items. Access: any signed-in user.',
  })
  async policyVersionDiff(
    @Arg('from', () => Int, { description: 'The older version’s number.' }) from: number,
    @Arg('to', () => Int, { description: 'The newer version’s number.' }) to: number,
    @Ctx() ctx: Context,
  ): Promise<PolicyVersionDiff> {
    const diff = await drafts.versionDiff(ctx.em, from, to);
    return { ...diff, changes: diff.changes.map(toPolicyChange) };
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyDraftCreatePayload, {
    description:
      'Starts a draft of the next policy version as a copy of the one in force; one draft at a time. Access: manager.',
  })
  async policyDraftCreate(
    @Arg('input', () => PolicyDraftCreateInput, {
      nullable: true,
      description: 'Nothing is needed: the draft copies the version in force.',
    })
    input: PolicyDraftCreateInput | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<PolicyDraftCreatePayload> {
    const result = await drafts.createDraft(ctx.em, actorOf(ctx));
    return { ...versionPayload(result), clientMutationId: input?.clientMutationId ?? null };
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyDraftSavePayload, {
    description:
      'Saves the whole content of a draft (texts, objectives, channels, tools, steps with their order, checklists and windows), checked as a whole. Access: manager.',
  })
  async policyDraftSave(
    @Arg('input', () => PolicyDraftSaveInput, { description: 'The draft’s content.' })
    input: PolicyDraftSaveInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyDraftSavePayload> {
    return versionPayload(await drafts.saveDraft(ctx.em, actorOf(ctx), input));
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyDraftDiscardPayload, {
    description: 'Deletes a draft. Access: manager.',
  })
  async policyDraftDiscard(
    @Arg('input', () => PolicyDraftDiscardInput, { description: 'The draft to delete.' })
    input: PolicyDraftDiscardInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyDraftDiscardPayload> {
    const r = await drafts.discardDraft(ctx.em, actorOf(ctx), input.number);
    return r.ok
      ? { discardedNumber: r.number, errors: [] }
      : { discardedNumber: null, errors: r.errors };
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyApprovePayload, {
    description:
      'Records the board’s approval of a draft (Hijri and Gregorian dates of the same day): the draft comes into force and the previous version is superseded. Access: manager.',
  })
  async policyApprove(
    @Arg('input', () => PolicyApproveInput, { description: 'The approval.' })
    input: PolicyApproveInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyApprovePayload> {
    return versionPayload(await approve(ctx.em, actorOf(ctx), input));
  }
}
