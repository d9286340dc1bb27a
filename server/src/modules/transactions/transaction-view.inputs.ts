import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { TransactionFilter, TransactionSort } from './transaction.inputs.js';

/** What a view holds: the list's own filter and order types, so a view is only what the list takes. */
@InputType({ description: 'Save the transactions list’s filter and order under a name.' })
export class TransactionViewCreateInput {
  @Field(() => String, {
    description: '1–60 characters, unique among your views (case and spacing ignored).',
  })
  @MaxLength(200)
  name!: string;

  @Field(() => TransactionFilter, {
    nullable: true,
    description: 'The list’s filter, as `transactions(filter:)` takes it; none: everything.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: TransactionFilter | null;

  @Field(() => TransactionSort, {
    nullable: true,
    description: 'The list’s order, as `transactions(sort:)` takes it; none: newest first.',
  })
  @IsOptional()
  @ValidateNested()
  sort?: TransactionSort | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Listed for all staff too (they may use it, not change it).',
  })
  shared!: boolean;
}

@InputType({ description: 'Rename a view of the transactions list.' })
export class TransactionViewRenameInput {
  @Field(() => ID, { description: 'The view.' })
  id!: string;

  @Field(() => String, { description: '1–60 characters, unique among the owner’s views.' })
  @MaxLength(200)
  name!: string;
}

@InputType({ description: 'Share a view of the transactions list with all staff, or stop.' })
export class TransactionViewShareInput {
  @Field(() => ID, { description: 'The view.' })
  id!: string;

  @Field(() => Boolean, { description: 'True: listed for all staff; false: its owner’s only.' })
  shared!: boolean;
}

@InputType({ description: 'Delete a view of the transactions list.' })
export class TransactionViewDeleteInput {
  @Field(() => ID, { description: 'The view.' })
  id!: string;
}

@ArgsType()
export class TransactionViewsArgs {
  @Field(() => Int, { defaultValue: 100, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}
