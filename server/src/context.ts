import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from './config.js';
import type { Response } from 'express';
import type { Authenticated, SessionSettings } from './modules/accounts/auth.service.js';
import type { Actor } from './modules/audit/audit.service.js';
import type { User } from './modules/accounts/user.entity.js';

/** Per-request context: a forked entity manager (never the global one), who is asking, and from where. */
export interface Context {
  em: EntityManager;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The signed-in user, or null for an anonymous request. */
  user: User | null;
  auth: Authenticated | null;
  sessions: SessionSettings;
  /** The database engine, for the few statements written per engine (reports). */
  engine: DatabaseEngine;
  /** How many days a survey link stays valid (MASAR_SURVEY_DAYS). */
  surveyValidDays: number;
  /** Whether the request came over HTTPS (the session cookie is then marked Secure). */
  secure: boolean;
  res: Response;
  /**
   * Beneficiaries whose personal data this request returned: written to the audit trail once,
   * in one statement, when the response is sent (personal-data-reads.ts).
   */
  personalDataReads: Set<number>;
}

export function actorOf(ctx: Context): Actor {
  return {
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? 'anonymous',
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}
