import type { EntityManager } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity.js';

/** Who did it and where from: taken from the request context. */
export interface Actor {
  userId: number | null;
  username: string;
  requestId: string | null;
  ip: string | null;
  /** The client's own, validated `X-Request-Id`, kept apart from `requestId`. */
  clientRequestId?: string | null;
}

export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  requestId: null,
  ip: null,
});

const SECRET_KEY = /password|secret|token|hash/i;

/**
 * Keys whose values are text someone typed (a subject, a note, a reason, a comment, a document
 * body…). Such text can hold anyone's name, national ID or mobile, and the audit trail is read
 * by administrators, who may not read beneficiaries. So the trail records *that* the text was
 * given or changed, never the text: an auditor still sees who changed what, when, on which
 * record, and reads the text itself on that record where their role allows. (Hiding whole rows
 * from administrators instead would hide the very changes they are there to audit.)
 */
export const FREE_TEXT_KEYS = [
  'subject',
  'body',
  'text',
  'note',
  'notes',
  'reason',
  'guidance',
  'comment',
  'comments',
  'response',
  'suggestion',
  'actionTaken',
  'serviceDelivered',
  'attestationText',
  'changeNote',
  'description',
  'message',
  'search',
  'query',
] as const;
const FREE_TEXT_KEY = new RegExp(`^(${FREE_TEXT_KEYS.join('|')})$`, 'i');

/** What the trail keeps of a free-text value: whether there was one, and whether it changed. */
function freeTextMark(value: unknown, previous: Record<string, unknown> | undefined, key: string) {
  if (value == null || value === '' || typeof value === 'boolean' || typeof value === 'number') {
    return value;
  }
  if (!previous || !(key in previous)) return '[text]';
  return JSON.stringify(previous[key]) === JSON.stringify(value) ? '[unchanged]' : '[changed]';
}

/**
 * Copies a value for the audit trail with every secret-looking key redacted and every free-text
 * value replaced by a mark (`[text]`; `[changed]` or `[unchanged]` against `previous`, the
 * `before` of the same row).
 */
export function redact(value: unknown, previous?: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const prev =
      previous && typeof previous === 'object' && !Array.isArray(previous)
        ? (previous as Record<string, unknown>)
        : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEY.test(k)
          ? '[redacted]'
          : FREE_TEXT_KEY.test(k)
            ? freeTextMark(v, prev, k)
            : redact(v, prev?.[k]),
      ]),
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
    after: input.after === undefined ? null : JSON.stringify(redact(input.after, input.before)),
    requestId: actor.requestId,
    clientRequestId: actor.clientRequestId ?? null,
    ip: actor.ip,
  });
}
