import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, PUBLIC } from '../common/access.js';
import { OFFICER_ROLES } from '../common/role.js';
import { unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import * as answers from './survey-answer.service.js';
import {
  SurveyInvitationIssueInput,
  SurveyRecordAssistedInput,
  SurveySubmitInput,
} from './survey.inputs.js';
import * as surveys from './survey.service.js';
import {
  PublicSurvey,
  SurveyInvitationIssuePayload,
  SurveyInvitationType,
  SurveyRecordAssistedPayload,
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
  survey(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Ctx() ctx: Context,
  ): Promise<PublicSurvey> {
    return surveys.publicSurvey(ctx.em, token);
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
    const r = await answers.submit(
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
    @Arg('input', () => SurveyInvitationIssueInput, {
      description: 'The transaction, and why a new link is needed.',
    })
    input: SurveyInvitationIssueInput,
    @Ctx() ctx: Context,
  ): Promise<SurveyInvitationIssuePayload> {
    const r = await surveys.issueForTransaction(
      ctx.em,
      actorOf(ctx),
      parseId(input.transactionId, 'transactionId'),
      ctx.user,
      ctx.surveyValidDays,
      { onRequest: true, needsReason: true, reason: input.reason ?? null },
    );
    return r.ok
      ? {
          invitation: { id: r.invitation.id, token: r.token, expiresAt: r.invitation.expiresAt },
          errors: [],
        }
      : { invitation: null, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Query(() => [SurveyInvitationType], {
    description: 'The survey links of a transaction, newest first. Access: staff, manager.',
  })
  surveyInvitations(
    @Arg('transactionId', () => ID, { description: 'The transaction.' }) transactionId: string,
    @Ctx() ctx: Context,
  ): Promise<SurveyInvitationType[]> {
    return surveys.invitationsOf(ctx.em, parseId(transactionId, 'transactionId'));
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => SurveyRecordAssistedPayload, {
    description:
      'Records an answer the beneficiary gave at an interview or by phone; reported as staff-assisted. Access: staff, manager.',
  })
  async surveyRecordAssisted(
    @Arg('input', () => SurveyRecordAssistedInput, { description: 'Transaction and answers.' })
    input: SurveyRecordAssistedInput,
    @Ctx() ctx: Context,
  ): Promise<SurveyRecordAssistedPayload> {
    if (!ctx.user) throw unauthenticated();
    const r = await answers.recordAssisted(
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
