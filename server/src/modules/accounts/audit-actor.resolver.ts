import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AuditEntryType } from '../audit/audit.types.js';
import { displayNameOf } from './accounts.service.js';

/**
 * The name of who made each audit entry: the users of a page in one batched select. Here, not in
 * the audit module, because accounts writes audit rows (audit never depends on accounts).
 */
@Resolver(() => AuditEntryType)
export class AuditActorResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who made it, as the interface shows it now (null for `system` or a user gone). Readable as the entry: admin, manager.',
  })
  actorDisplayName(@Root() e: AuditEntryType, @Ctx() ctx: Context): Promise<string | null> {
    return displayNameOf(ctx.em, e.actorId);
  }
}
