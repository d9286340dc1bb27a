import type { EntityManager } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError, forbidden } from '../common/errors.js';
import { inTransaction, reject, type Result } from '../common/payload.js';
import { riyadhDay, plusDays } from '../calendar/working-days.js';
import { parseIsoDate } from '../common/hijri.js';
import { Role } from '../common/role.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { TransactionStatus } from '../transactions/transaction.enums.js';
import { HomeVisit, SocialReport } from './research.entity.js';
import type { ResearchRecommendation } from './research.enums.js';

/**
 * The social research of step 3: while a transaction is referred, the researcher it is referred
 * to (or a manager) schedules home visits, records them, and writes the social report the
 * committee reads. Afterwards all of it is read-only. Every change is audited with the names of
 * the fields written, never their text (it is personal data).
 */

/** Who may write the research: the referred researcher, or a manager. */
export const RESEARCH_WRITERS: readonly Role[] = [Role.RESEARCHER, Role.MANAGER];

const MAX_AHEAD_DAYS = 60;
const today = () => riyadhDay(new Date());

/** A YYYY-MM-DD that is a real day, or a typed error on `field`. */
function dayOf(value: string, field: string): string {
  const v = value.trim();
  if (!parseIsoDate(v)) reject('INVALID_DATE', 'Give the date as YYYY-MM-DD.', field);
  return v;
}

function textOf(value: string, field: string, max: number): string {
  const v = value.replace(/\r\n?/g, '\n').trim();
  if (!v) reject('REQUIRED', 'Write it.', field);
  if (v.length > max) reject('TOO_LONG', `At most ${max} characters.`, field);
  return v;
}

/** The transaction, referred now, to this researcher (or any, for a manager). */
async function referredTo(tx: EntityManager, user: User, transactionId: number) {
  if (!user.hasAnyRole(RESEARCH_WRITERS)) throw forbidden();
  const t = await tx.findOne(Transaction, { id: transactionId });
  if (!t) throw apiError('NOT_FOUND', 'No such transaction.');
  if (t.status !== TransactionStatus.REFERRED) {
    reject('NOT_REFERRED', 'The research is written while the transaction is referred.');
  }
  if (!user.hasAnyRole([Role.MANAGER]) && t.assignee?.id !== user.id) throw forbidden();
  return t;
}

export type VisitResult = Result<{ visit: HomeVisit; transaction: Transaction }>;

/** Schedules a home visit (today to 60 days ahead). */
export async function scheduleVisit(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { transactionId: number; scheduledFor: string },
): Promise<VisitResult> {
  return inTransaction(em, async (tx) => {
    const t = await referredTo(tx, user, input.transactionId);
    const day = dayOf(input.scheduledFor, 'scheduledFor');
    if (day < today() || day > plusDays(today(), MAX_AHEAD_DAYS)) {
      reject(
        'INVALID_DATE',
        `A visit is scheduled today to ${MAX_AHEAD_DAYS} days ahead.`,
        'scheduledFor',
      );
    }
    const visit = tx.create(HomeVisit, {
      transaction: t,
      scheduledFor: day,
      scheduledBy: tx.getReference(User, user.id),
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'homeVisit.schedule',
      targetType: 'Transaction',
      targetId: t.id,
      after: { visitId: visit.id, scheduledFor: day },
    });
    return { visit, transaction: t };
  });
}

/** Records a scheduled visit: the day it was made, who was present, the findings. */
export async function recordVisit(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: {
    visitId: number;
    visitedOn: string;
    present: string;
    findings: string;
    recommendation: ResearchRecommendation;
  },
): Promise<VisitResult> {
  return inTransaction(em, async (tx) => {
    const visit = await tx.findOne(HomeVisit, { id: input.visitId });
    if (!visit) throw apiError('NOT_FOUND', 'No such visit.');
    const t = await referredTo(tx, user, visit.transaction.id);
    const day = dayOf(input.visitedOn, 'visitedOn');
    if (day > today())
      reject('INVALID_DATE', 'The visit cannot be recorded ahead of its day.', 'visitedOn');
    visit.visitedOn = day;
    visit.present = textOf(input.present, 'present', 500);
    visit.findings = textOf(input.findings, 'findings', 4000);
    visit.recommendation = input.recommendation;
    visit.recordedBy = tx.getReference(User, user.id);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'homeVisit.record',
      targetType: 'Transaction',
      targetId: t.id,
      after: { visitId: visit.id, fields: ['visitedOn', 'present', 'findings', 'recommendation'] },
    });
    return { visit, transaction: t };
  });
}

export type ReportResult = Result<{ report: SocialReport; transaction: Transaction }>;

/** Writes (or rewrites) the social report, while the transaction is referred. */
export async function saveReport(
  em: EntityManager,
  actor: Actor,
  user: User,
  input: { transactionId: number; body: string; recommendation: ResearchRecommendation },
): Promise<ReportResult> {
  return inTransaction(em, async (tx) => {
    const t = await referredTo(tx, user, input.transactionId);
    const body = textOf(input.body, 'body', 8000);
    let report = await tx.findOne(SocialReport, { transaction: t.id });
    if (report) {
      report.body = body;
      report.recommendation = input.recommendation;
      report.author = tx.getReference(User, user.id);
    } else {
      report = tx.create(SocialReport, {
        transaction: t,
        body,
        recommendation: input.recommendation,
        author: tx.getReference(User, user.id),
      });
    }
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'socialReport.save',
      targetType: 'Transaction',
      targetId: t.id,
      after: {
        reportId: report.id,
        fields: ['body', 'recommendation'],
        recommendation: report.recommendation,
      },
    });
    return { report, transaction: t };
  });
}

/** A transaction's visits (in the order scheduled) and report. */
export async function researchOf(em: EntityManager, transactionId: number) {
  const visits = await em.find(
    HomeVisit,
    { transaction: transactionId },
    { orderBy: { id: 'asc' } },
  );
  const report = await em.findOne(SocialReport, { transaction: transactionId });
  return { visits, report };
}
