import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, PUBLIC } from '../accounts/access.js';
import { OFFICER_ROLES } from '../accounts/role.js';
import { unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { text } from '../common/localized-text.js';
import { Organization } from '../policy/organization.entity.js';
import { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import * as surveys from './survey.service.js';
import {
  PublicSurvey,
  SurveyInvitationIssuePayload,
  SurveyInvitationObject,
  SurveyLinkState,
  SurveyRecordAssistedInput,
  SurveyRecordPayload,
  SurveySubmitInput,
  SurveySubmitPayload,
} from './survey.types.js';

/** Satisfaction surveys: one-time links, the public answer page, and staff-assisted answers. */
@Resolver()
export class SurveyResolver {
  @Access(PUBLIC)
  @Query(() => PublicSurvey, {
    description:
      'What the public survey page shows for a link: whether it can be answered, and who asks. Access: anyone with the link.',
  })
  async survey(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() ctx: Context,
  ): Promise<PublicSurvey> {
    const invitation = await surveys.invitationByToken(ctx.em, token.slice(0, 100));
    const state = surveys.stateOf(invitation);
    const [organization] = await ctx.em.find(
      Organization,
      {},
      { orderBy: { id: 'asc' }, limit: 1 },
    );
    return {
      state,
      organizationName: organization?.name ?? text({ ar: 'مسار', en: 'Masar' }),
      expiresAt: state === 'OPEN' ? invitation!.expiresAt : null,
    };
  }

  @Access(PUBLIC)
  @Mutation(() => SurveySubmitPayload, {
    description:
      'Answers a survey through its link, once. An unknown, expired or used link records nothing. Access: anyone with the link.',
  })
  async surveySubmit(
    @Arg('input', () => SurveySubmitInput, { description: 'Token and answers.' })
    input: SurveySubmitInput,
    @Ctx() ctx: Context,
  ): Promise<SurveySubmitPayload> {
    const r = await surveys.submit(
      ctx.em,
      actorOf(ctx),
      input.token,
      input.answers,
      input.suggestion,
    );
    return r.ok ? { recorded: true, errors: [] } : { recorded: false, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => SurveyInvitationIssuePayload, {
    description:
      'Issues a new survey link for a closed transaction (earlier unused links stop working); at most 5 a day per transaction. After an earlier link, a reason is required (REASON_REQUIRED). A link the rated officer issues is flagged and its answer left out of per-officer figures. Access: staff, manager.',
  })
  async surveyInvitationIssue(
    @Arg('transactionId', () => ID, { description: 'The closed transaction.' })
    transactionId: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why a new link is needed, when one was already issued (3–500 characters).',
    })
    reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<SurveyInvitationIssuePayload> {
    const r = await surveys.issueForTransaction(
      ctx.em,
      actorOf(ctx),
      parseId(transactionId, 'transactionId'),
      ctx.user,
      ctx.surveyValidDays,
      { onRequest: true, needsReason: true, reason },
    );
    return r.ok
      ? {
          invitation: { id: r.invitation.id, token: r.token, expiresAt: r.invitation.expiresAt },
          errors: [],
        }
      : { invitation: null, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Query(() => [SurveyInvitationObject], {
    description: 'The survey links of a transaction, newest first. Access: staff, manager.',
  })
  async surveyInvitations(
    @Arg('transactionId', () => ID, { description: 'The transaction.' }) transactionId: string,
    @Ctx() ctx: Context,
  ): Promise<SurveyInvitationObject[]> {
    const id = parseId(transactionId, 'transactionId');
    const [invitations, responses] = await Promise.all([
      ctx.em.find(SurveyInvitation, { transaction: id }, { orderBy: { id: 'desc' } }),
      ctx.em.find(SurveyResponse, { invitation: { transaction: id } }),
    ]);
    return invitations.map((i) => {
      const response = responses.find((r) => r.invitation.id === i.id) ?? null;
      const state = surveys.stateOf(i);
      return {
        id: i.id,
        issuedAt: i.issuedAt,
        expiresAt: i.expiresAt,
        state: i.revokedAt ? SurveyLinkState.REVOKED : state,
        answeredMode: response?.mode ?? null,
        overall: response?.overall ?? null,
        reissueReason: i.reissueReason ?? null,
        selfRated: i.issuedByOfficer || Boolean(response?.selfRated),
      };
    });
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => SurveyRecordPayload, {
    description:
      'Records an answer the beneficiary gave at an interview or by phone; reported as staff-assisted. Access: staff, manager.',
  })
  async surveyRecordAssisted(
    @Arg('input', () => SurveyRecordAssistedInput, { description: 'Transaction and answers.' })
    input: SurveyRecordAssistedInput,
    @Ctx() ctx: Context,
  ): Promise<SurveyRecordPayload> {
    if (!ctx.user) throw unauthenticated();
    const r = await surveys.recordAssisted(
      ctx.em,
      actorOf(ctx),
      ctx.user,
      parseId(input.transactionId, 'transactionId'),
      input.answers,
      ctx.surveyValidDays,
    );
    return r.ok ? { recorded: true, errors: [] } : { recorded: false, errors: r.errors };
  }
}
