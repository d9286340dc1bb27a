import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BULK_ASSIGN_LIMIT } from './transaction-assignment.service.js';

@InputType({ description: 'Assign one transaction to another officer.' })
export class TransactionAssignInput {
  @Field(() => ID, { description: 'The transaction.' })
  transactionId!: string;

  @Field(() => ID, {
    description:
      'The new assignee: an active user holding the role that works it now (`assignmentCandidates`).',
  })
  assigneeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (kept on the timeline, up to 500 characters).',
  })
  @IsOptional()
  @Length(0, 500)
  reason?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; a newer one means CONFLICT. Unchecked when omitted.',
  })
  @IsOptional()
  @Min(1)
  @Max(2_000_000_000)
  expectedVersion?: number | null;
}

@InputType({
  description: `Assign up to ${BULK_ASSIGN_LIMIT} transactions to one officer, all or none.`,
})
export class TransactionsAssignInput {
  @Field(() => [ID], { description: `The transactions (1–${BULK_ASSIGN_LIMIT}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_ASSIGN_LIMIT)
  transactionIds!: string[];

  @Field(() => ID, {
    description: 'The new assignee: an active user holding the role that works each of them now.',
  })
  assigneeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (kept on each timeline, up to 500 characters).',
  })
  @IsOptional()
  @Length(0, 500)
  reason?: string | null;
}
