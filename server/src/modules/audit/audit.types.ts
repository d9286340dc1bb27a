import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import type { AuditEntry } from './audit-entry.entity.js';

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

  /** The user who made it (for `actorDisplayName`, resolved by the accounts module); not a field. */
  actorId!: number | null;

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

export const toAuditEntryType = (e: AuditEntry): AuditEntryType => ({
  id: String(e.id),
  at: e.at,
  actorName: e.actorName,
  actorId: e.actorId ?? null,
  action: e.action,
  targetType: e.targetType,
  targetId: e.targetId ?? null,
  before: e.before ?? null,
  after: e.after ?? null,
  requestId: e.requestId ?? null,
});

export const AuditEntryConnection = Connection(AuditEntryType, 'AuditEntry');
