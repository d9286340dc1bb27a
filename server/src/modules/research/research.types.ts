import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { UserError } from '../common/payload.js';
import type { Transaction } from '../transactions/transaction.entity.js';
import { TransactionType } from '../transactions/transaction.types.js';
import type {
  HomeVisit as HomeVisitEntity,
  SocialReport as SocialReportEntity,
} from './research.entity.js';
import { ResearchRecommendation } from './research.enums.js';

/** GraphQL `HomeVisit` (the entity holds the name). Personal data. */
@ObjectType('HomeVisit', {
  description:
    'A home visit of the social research. Personal data: readable by staff, researcher, committee and manager only.',
})
export class HomeVisitType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'The day it is scheduled for, YYYY-MM-DD.' })
  scheduledFor!: string;

  @Field(() => String, { nullable: true, description: 'The day it was made; null until recorded.' })
  visitedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who was present.' })
  present!: string | null;

  @Field(() => String, { nullable: true, description: 'What the researcher found.' })
  findings!: string | null;

  @Field(() => ResearchRecommendation, {
    nullable: true,
    description: 'The visit’s recommendation.',
  })
  recommendation!: ResearchRecommendation | null;
}

export const toHomeVisitType = (v: HomeVisitEntity): HomeVisitType => ({
  id: String(v.id),
  scheduledFor: v.scheduledFor,
  visitedOn: v.visitedOn ?? null,
  present: v.present ?? null,
  findings: v.findings ?? null,
  recommendation: v.recommendation ?? null,
});

/** GraphQL `SocialReport` (the entity holds the name). Personal data. */
@ObjectType('SocialReport', {
  description:
    'The social report the committee reads. Personal data: readable by staff, researcher, committee and manager only.',
})
export class SocialReportType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'The report: plain text, line breaks kept.' })
  body!: string;

  @Field(() => ResearchRecommendation, { description: 'The researcher’s recommendation.' })
  recommendation!: ResearchRecommendation;

  @Field(() => Date, { description: 'When it was last written.' })
  updatedAt!: Date;

  /** Who wrote it last (for `authorDisplayName`); not a field. */
  authorId!: number | null;
}

export const toSocialReportType = (r: SocialReportEntity): SocialReportType => ({
  id: String(r.id),
  body: r.body,
  recommendation: r.recommendation,
  updatedAt: r.updatedAt,
  authorId: r.author?.id ?? null,
});

@ObjectType({ description: 'The social research of a transaction (step 3).' })
export class SocialResearch {
  @Field(() => [HomeVisitType], { description: 'Home visits, in the order scheduled.' })
  visits!: HomeVisitType[];

  @Field(() => SocialReportType, { nullable: true, description: 'The report; null until written.' })
  report!: SocialReportType | null;
}

/** What scheduling and recording a visit answer. */
@InterfaceType('HomeVisitChange', {
  description: 'What scheduling or recording a home visit answers.',
})
export abstract class HomeVisitChange {
  @Field(() => HomeVisitType, { nullable: true, description: 'The visit.' })
  visit!: HomeVisitType | null;

  @Field(() => TransactionType, { nullable: true, description: 'The transaction.' })
  transaction!: Transaction | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of homeVisitSchedule.', implements: HomeVisitChange })
export class HomeVisitSchedulePayload extends HomeVisitChange {}

@ObjectType({ description: 'The result of homeVisitRecord.', implements: HomeVisitChange })
export class HomeVisitRecordPayload extends HomeVisitChange {}

@ObjectType({ description: 'The result of socialReportSave.' })
export class SocialReportSavePayload {
  @Field(() => SocialReportType, { nullable: true, description: 'The report as saved.' })
  report!: SocialReportType | null;

  @Field(() => TransactionType, { nullable: true, description: 'The transaction.' })
  transaction!: Transaction | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}
