import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';

/** The audit trail: written with every change, read by admins and managers. */
export const auditModule = {
  entities: [AuditEntry],
  resolvers: [AuditResolver],
} as const;
