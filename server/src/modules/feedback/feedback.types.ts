import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import type { FeedbackItem } from './feedback-item.entity.js';
import type { ImprovementAction } from './improvement-action.entity.js';
import {
  FeedbackKind,
  FeedbackSource,
  FeedbackStatus,
  ImprovementStatus,
  PolicyClause,
} from './feedback.enums.js';

@ObjectType('FeedbackItem', { description: 'A suggestion or complaint and its follow-up.' })
export class FeedbackItemType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Reference for people, e.g. FB-2026-000012.' })
  reference!: string;

  @Field(() => FeedbackKind, { description: 'Suggestion or complaint.' })
  kind!: FeedbackKind;

  @Field(() => FeedbackSource, { description: 'Logged by staff or left in a survey.' })
  source!: FeedbackSource;

  @Field(() => String, { nullable: true, description: 'Channel it came by (key).' })
  channelKey!: string | null;

  @Field(() => String, { description: 'Short subject.' })
  subject!: string;

  @Field(() => String, { description: 'What was said.' })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The beneficiary concerned, if any (read it with `beneficiary`).',
  })
  beneficiaryId!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reference of the transaction concerned, if any.',
  })
  transactionReference!: string | null;

  @Field(() => PolicyClause, { nullable: true, description: 'The part of the policy it concerns.' })
  clause!: PolicyClause | null;

  @Field(() => String, { nullable: true, description: 'Key (or place) of that part.' })
  clauseKey!: string | null;

  @Field(() => FeedbackStatus, { description: 'Where it stands.' })
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'Username of who follows it up.' })
  assigneeName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of who follows it up, as the interface shows it (readable as the item).',
  })
  assigneeDisplayName!: string | null;

  @Field(() => String, { nullable: true, description: 'The response given.' })
  response!: string | null;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The policy version that answers it, if one does.',
  })
  answeredByPolicyVersion!: number | null;
}

export const FeedbackItemConnection = Connection(FeedbackItemType, 'FeedbackItem');

/**
 * What a change to a suggestion or complaint returns. An interface, so that the client selects
 * these fields once (one fragment); each mutation has its own payload implementing it.
 */
@InterfaceType('FeedbackItemChange', {
  description: 'What every change to a suggestion or complaint answers.',
})
abstract class FeedbackItemChange {
  @Field(() => FeedbackItemType, { nullable: true, description: 'The item after the change.' })
  item!: FeedbackItemType | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description: 'Result of logging a suggestion or complaint.',
  implements: FeedbackItemChange,
})
export class FeedbackCreatePayload extends FeedbackItemChange {}

@ObjectType({
  description: 'Result of following up a suggestion or complaint.',
  implements: FeedbackItemChange,
})
export class FeedbackUpdatePayload extends FeedbackItemChange {}

@ObjectType('ImprovementAction', { description: 'An improvement action opened by a low rating.' })
export class ImprovementActionType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => ImprovementStatus, { description: 'Open or closed.' })
  status!: ImprovementStatus;

  @Field(() => Date, { description: 'When the low rating opened it.' })
  openedAt!: Date;

  @Field(() => Int, { description: 'The overall score given, 1–2.' })
  overall!: number;

  @Field(() => String, { nullable: true, description: 'The comment left with the rating.' })
  comment!: string | null;

  @Field(() => String, { description: 'Reference of the transaction rated.' })
  transactionReference!: string;

  @Field(() => String, { description: 'Channel the transaction came by (key).' })
  channelKey!: string;

  @Field(() => String, { nullable: true, description: 'What was done, once closed.' })
  actionTaken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;
}

export const ImprovementActionConnection = Connection(ImprovementActionType, 'ImprovementAction');

@ObjectType({ description: 'Result of closing an improvement action.' })
export class ImprovementActionClosePayload {
  @Field(() => ImprovementActionType, {
    nullable: true,
    description: 'The action after the change.',
  })
  action!: ImprovementActionType | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

/** A suggestion or complaint as the API shows it (needs transaction, assignee, answeredByPolicy). */
export function toFeedbackItem(f: FeedbackItem): FeedbackItemType {
  return {
    id: f.id,
    reference: f.reference,
    kind: f.kind,
    source: f.source,
    channelKey: f.channelKey ?? null,
    subject: f.subject,
    body: f.body,
    beneficiaryId: f.beneficiary?.id ?? null,
    transactionReference: f.transaction?.reference ?? null,
    clause: f.clause ?? null,
    clauseKey: f.clauseKey ?? null,
    status: f.status,
    assigneeName: f.assignee?.username ?? null,
    assigneeDisplayName: f.assignee?.displayName ?? null,
    response: f.response ?? null,
    receivedAt: f.receivedAt,
    answeredAt: f.answeredAt ?? null,
    closedAt: f.closedAt ?? null,
    answeredByPolicyVersion: f.answeredByPolicy?.number ?? null,
  };
}

/** An improvement action as the API shows it (needs response.invitation.transaction). */
export function toImprovementAction(a: ImprovementAction): ImprovementActionType {
  const invitation = a.response.invitation;
  return {
    id: a.id,
    status: a.status,
    openedAt: a.openedAt,
    overall: a.response.overall,
    comment: a.response.comment ?? null,
    transactionReference: invitation.transaction.reference,
    channelKey: invitation.channelKey,
    actionTaken: a.actionTaken ?? null,
    closedAt: a.closedAt ?? null,
  };
}
