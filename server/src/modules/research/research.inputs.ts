import { Field, ID, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { ResearchRecommendation } from './research.enums.js';

@InputType({ description: 'A home visit to schedule.' })
export class HomeVisitScheduleInput {
  @Field(() => ID, { description: 'The referred transaction.' })
  transactionId!: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD: today to 60 days ahead.' })
  @Length(0, 10)
  scheduledFor!: string;
}

@InputType({ description: 'What a home visit found.' })
export class HomeVisitRecordInput {
  @Field(() => ID, { description: 'The scheduled visit.' })
  visitId!: string;

  @Field(() => String, { description: 'The day it was made, YYYY-MM-DD, not after today.' })
  @Length(0, 10)
  visitedOn!: string;

  @Field(() => String, { description: 'Who was present (1–500 characters).' })
  @Length(0, 1000)
  present!: string;

  @Field(() => String, { description: 'What was found (1–4000 characters).' })
  @Length(0, 8000)
  findings!: string;

  @Field(() => ResearchRecommendation, { description: 'The visit’s recommendation.' })
  recommendation!: ResearchRecommendation;
}

@InputType({ description: 'The social report to save.' })
export class SocialReportSaveInput {
  @Field(() => ID, { description: 'The referred transaction.' })
  transactionId!: string;

  @Field(() => String, { description: 'The report (1–8000 characters).' })
  @Length(0, 16000)
  body!: string;

  @Field(() => ResearchRecommendation, { description: 'The recommendation to the committee.' })
  recommendation!: ResearchRecommendation;
}
