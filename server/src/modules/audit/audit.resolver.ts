import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { checkPageSize, Connection, decodeCursor, toConnection } from '../common/connection.js';
import { AuditEntry } from './audit-entry.entity.js';

@ObjectType('AuditEntry', {
  description: 'One change made through the API. Cannot be changed or deleted.',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'Stable identifier; increases with time.' })
  id!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  at!: Date;

  @Field(() => String, { description: 'Username of who made it (`system` for start-up and CLI).' })
  actorName!: string;

  @Field(() => String, { description: 'What was done, e.g. `user.create`.' })
  action!: string;

  @Field(() => String, { description: 'Kind of object changed, e.g. `User`.' })
  targetType!: string;

  @Field(() => String, { nullable: true, description: 'Id of the object changed.' })
  targetId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON of the values before (secrets redacted).',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON of the values after (secrets redacted).',
  })
  after!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the HTTP request that made it.' })
  requestId!: string | null;
}

const toType = (e: AuditEntry): AuditEntryType => ({
  id: String(e.id),
  at: e.at,
  actorName: e.actorName,
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId ?? null,
  before: e.before ?? null,
  after: e.after ?? null,
  requestId: e.requestId ?? null,
});

const AuditEntryConnection = Connection(AuditEntryType, 'AuditEntry');

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

@Resolver()
export class AuditResolver {
  @Access([Role.ADMIN, Role.MANAGER])
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first. Access: admin, manager.',
  })
  async auditEntries(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Conditions.' })
    filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.action) where.action = filter.action;
    if (filter?.targetType) where.targetType = filter.targetType;
    if (filter?.targetId) where.targetId = filter.targetId;
    if (filter?.actorName) where.actorName = filter.actorName;
    if (filter?.from || filter?.to) {
      where.at = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lt: filter.to } : {}),
      };
    }
    const afterId = decodeCursor(after);
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(
        AuditEntry,
        { ...where, ...(afterId ? { id: { $lt: afterId } } : {}) },
        {
          orderBy: { id: 'desc' },
          limit: first + 1,
        },
      ),
      ctx.em.count(AuditEntry, where),
    ]);
    return toConnection(rows, { first, after }, totalCount, toType);
  }
}
