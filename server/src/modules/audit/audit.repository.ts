import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../common/connection.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { AuditFilter } from './audit.inputs.js';

/** The conditions of an audit filter; every one given must hold. */
export function auditWhere(filter: AuditFilter | null | undefined): FilterQuery<AuditEntry> {
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
  return where;
}

/** The audit trail, newest first. */
export class AuditEntryRepository extends EntityRepository<AuditEntry> {
  page<N>(filter: AuditFilter | null | undefined, args: PageArgs, map: (row: AuditEntry) => N) {
    return paginate(this, auditWhere(filter), args, map, { order: 'desc' });
  }
}
