import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';

@InputType({ description: 'Filter for the audit trail; all given conditions must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. `user.update`.' })
  @IsOptional()
  @Length(1, 64)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact target type, e.g. `User`.' })
  @IsOptional()
  @Length(1, 64)
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact target id.' })
  @IsOptional()
  @Length(1, 64)
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact actor username.' })
  @IsOptional()
  @Length(1, 64)
  actorName?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class AuditEntriesArgs {
  @Field(() => AuditFilter, { nullable: true, description: 'Conditions.' })
  filter?: AuditFilter | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}
