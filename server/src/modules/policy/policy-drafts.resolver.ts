import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, SIGNED_IN } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { notFound } from '../common/errors.js';
import { text } from '../common/localized-text.js';
import type { Result } from '../common/payload.js';
import { readContent } from './policy-content.js';
import { diffPolicy } from './policy-diff.js';
import * as drafts from './policy-drafts.service.js';
import {
  PolicyApproveInput,
  PolicyDraftDiscardPayload,
  PolicyDraftSaveInput,
  PolicyVersionDiff,
  PolicyVersionPayload,
} from './policy-drafts.types.js';
import { PolicyVersion } from './policy-version.entity.js';

const MANAGERS = [Role.MANAGER];

const versionPayload = (r: Result<{ version: PolicyVersion }>): PolicyVersionPayload =>
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
    return ctx.em.find(PolicyVersion, {}, { orderBy: { number: 'desc' } });
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
    const [a, b] = await Promise.all([
      ctx.em.findOne(PolicyVersion, { number: from }),
      ctx.em.findOne(PolicyVersion, { number: to }),
    ]);
    if (!a) throw notFound(`Policy version ${from}`);
    if (!b) throw notFound(`Policy version ${to}`);
    const changes = diffPolicy(await readContent(ctx.em, a), await readContent(ctx.em, b));
    return { from: a, to: b, changes: changes.map((c) => ({ ...c, label: text(c.label) })) };
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyVersionPayload, {
    description:
      'Starts a draft of the next policy version as a copy of the one in force; one draft at a time. Access: manager.',
  })
  async policyDraftCreate(@Ctx() ctx: Context): Promise<PolicyVersionPayload> {
    return versionPayload(await drafts.createDraft(ctx.em, actorOf(ctx)));
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyVersionPayload, {
    description:
      'Saves the whole content of a draft (texts, objectives, channels, tools, steps with their order, checklists and windows), checked as a whole. Access: manager.',
  })
  async policyDraftSave(
    @Arg('input', () => PolicyDraftSaveInput, { description: 'The draft’s content.' })
    input: PolicyDraftSaveInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyVersionPayload> {
    return versionPayload(await drafts.saveDraft(ctx.em, actorOf(ctx), input));
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyDraftDiscardPayload, {
    description: 'Deletes a draft. Access: manager.',
  })
  async policyDraftDiscard(
    @Arg('number', () => Int, { description: 'Number of the draft.' }) number: number,
    @Ctx() ctx: Context,
  ): Promise<PolicyDraftDiscardPayload> {
    const r = await drafts.discardDraft(ctx.em, actorOf(ctx), number);
    return r.ok
      ? { discardedNumber: r.number, errors: [] }
      : { discardedNumber: null, errors: r.errors };
  }

  @Access(MANAGERS)
  @Mutation(() => PolicyVersionPayload, {
    description:
      'Records the board’s approval of a draft (Hijri and Gregorian dates of the same day): the draft comes into force and the previous version is superseded. Access: manager.',
  })
  async policyApprove(
    @Arg('input', () => PolicyApproveInput, { description: 'The approval.' })
    input: PolicyApproveInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyVersionPayload> {
    return versionPayload(await drafts.approve(ctx.em, actorOf(ctx), input));
  }
}
