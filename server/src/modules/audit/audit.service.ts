import type { EntityManager } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity.js';

/** Who did it and where from: taken from the request context. */
export interface Actor {
  userId: number | null;
  username: string;
  requestId: string | null;
  ip: string | null;
}

export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  requestId: null,
  ip: null,
});

const SECRET_KEY = /password|secret|token|hash/i;

/** Copies a value for the audit trail with every secret-looking key redacted. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

export interface AuditInput {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Adds an audit row to the unit of work of `em`: call it inside the same
 * `em.transactional()` as the change, so the row commits exactly when the change does.
 */
export function recordAudit(em: EntityManager, actor: Actor, input: AuditInput): AuditEntry {
  return em.create(AuditEntry, {
    at: new Date(),
    actorId: actor.userId,
    actorName: actor.username,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId == null ? null : String(input.targetId),
    before: input.before === undefined ? null : JSON.stringify(redact(input.before)),
    after: input.after === undefined ? null : JSON.stringify(redact(input.after)),
    requestId: actor.requestId,
    ip: actor.ip,
  });
}
