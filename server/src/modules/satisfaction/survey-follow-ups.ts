import type { EntityManager } from '@mikro-orm/core';
import type { Transaction } from '../transactions/transaction.entity.js';
import type { SurveyResponse } from './survey.entity.js';

/** A suggestion written at the end of a survey, to log as feedback. */
export interface SurveySuggestion {
  channelKey: string;
  subject: string;
  body: string;
  transaction: Transaction;
  receivedAt: Date;
}

/**
 * What an answer opens in the feedback module: an improvement action on a low rating, a
 * feedback item for a suggestion. The feedback module registers them (feedback/index.ts), so
 * that satisfaction need not import feedback, which depends on satisfaction (an improvement
 * action belongs to a survey response).
 */
export interface AnswerFollowUps {
  /** Opens an improvement action on a low-rated response (created, flushed by the caller). */
  openImprovementAction(tx: EntityManager, response: SurveyResponse, now: Date): { id: number };
  /** Logs the suggestion as a feedback item (flushed, with its id). */
  logSuggestion(
    tx: EntityManager,
    suggestion: SurveySuggestion,
  ): Promise<{ id: number; kind: string; source: string; subject: string }>;
}

let followUps: AnswerFollowUps | null = null;

/** Registers what an answer opens (the feedback module does, once). */
export function onSurveyAnswered(hooks: AnswerFollowUps): void {
  followUps = hooks;
}

/** The registered follow-ups. */
export function answerFollowUps(): AnswerFollowUps {
  if (!followUps) throw new Error('No survey follow-ups: the feedback module registers them.');
  return followUps;
}
