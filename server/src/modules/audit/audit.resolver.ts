import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { Role } from '../common/role.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntriesArgs } from './audit.inputs.js';
import { AuditEntryConnection, toAuditEntryType } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Access([Role.ADMIN, Role.MANAGER])
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail, newest first. Access: admin, manager.',
  })
  auditEntries(@Args() { filter, first, after }: AuditEntriesArgs, @Ctx() ctx: Context) {
    return ctx.em.getRepository(AuditEntry).page(filter, { first, after }, toAuditEntryType);
  }
}
