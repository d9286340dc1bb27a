/** What every part of the demo generator shares: the random source, the clock, the policy, the tables. */
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { periodKeys, type PeriodKeys } from '../../modules/common/periods.js';
import { Beneficiary } from '../../modules/beneficiaries/beneficiary.entity.js';
import { Household, HouseholdMember } from '../../modules/households/household.entity.js';
import { BeneficiaryDocument } from '../../modules/documents/beneficiary-document.entity.js';
import { FeedbackItem } from '../../modules/feedback/feedback-item.entity.js';
import { ImprovementAction } from '../../modules/feedback/improvement-action.entity.js';
import type { Channel } from '../../modules/policy/channel.entity.js';
import type { HandlingStep } from '../../modules/policy/handling-step.entity.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { PolicyVersionStatus, WindowUnit } from '../../modules/policy/policy.enums.js';
import { workingCalendar } from '../../modules/calendar/calendar.service.js';
import { SurveyInvitation, SurveyResponse } from '../../modules/satisfaction/survey.entity.js';
import { SupportAward, SupportDelivery } from '../../modules/support/support-award.entity.js';
import { Transaction, TransactionEvent } from '../../modules/transactions/transaction.entity.js';
import { researchWindow } from '../../modules/transactions/referral-due.js';
import { demoUsers, type DemoStaff } from './demo-users.js';
import { random, type Random } from './random.js';
import { demoSupport } from './support-plans.js';
import { DemoSink } from './table-writer.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

const CHANNEL_WEIGHTS: Record<string, number> = {
  IN_PERSON: 30,
  PHONE: 25,
  WEBSITE: 14,
  SOCIAL_MEDIA: 10,
  HELP_REQUEST_SERVICES: 8,
  BRANCH_REPRESENTATIVES: 6,
  LETTERS: 4,
  VOLUNTEERING: 3,
};

export interface ContextOptions {
  engine: DatabaseEngine;
  sqliteFile?: string;
  seed: number;
  /** Epoch milliseconds; nothing happens after it. */
  now: number;
}

export type DemoContext = Awaited<ReturnType<typeof demoContext>>;

/** The next free id of each table (ids are assigned here, so rows can point at each other). */
async function nextIds(em: EntityManager, tables: Record<string, string>) {
  const conn = em.getConnection();
  const ids: Record<string, number> = {};
  for (const [key, table] of Object.entries(tables)) {
    ids[key] =
      Number((await conn.execute(`select coalesce(max(id), 0) as n from ${table}`))[0]!.n) + 1;
  }
  return ids;
}

/**
 * The committee's due date of a submission at `at` (epoch ms), and of a resumption (the due date
 * moved by the deferral): calendar days, or on the working calendar when the step counts working
 * days (as transaction-committee.service.ts does), with the days moved kept per Riyadh day.
 */
async function committeeDueOf(em: EntityManager, days: number, unit: WindowUnit | undefined) {
  if (unit !== WindowUnit.WORKING) {
    return {
      submitted: (at: number) => at + days * DAY,
      resumed: (due: number, deferredAt: number, at: number) => due + (at - deferredAt),
    };
  }
  const calendar = await workingCalendar(em);
  const moved = new Map<number, number>();
  const add = (from: number, n: number) => {
    // The Riyadh day's number and the count (at most 365): one number, no date formatted.
    const key = Math.floor((from + 3 * HOUR) / DAY) * 1000 + n;
    let ms = moved.get(key);
    if (ms === undefined) {
      ms = calendar.addWorkingDays(new Date(from), n).getTime() - from;
      moved.set(key, ms);
    }
    return from + ms;
  };
  return {
    submitted: (at: number) => add(at, days),
    resumed: (due: number, deferredAt: number, at: number) =>
      add(due, Math.min(calendar.workingDaysBetween(new Date(deferredAt), new Date(at)), 365)),
  };
}

export async function demoContext(orm: MikroORM, em: EntityManager, options: ContextOptions) {
  const rnd: Random = random(options.seed);
  const { now } = options;
  const start = now - 548 * DAY; // 18 months
  const users: DemoStaff = await demoUsers(em);

  const policy = await em.findOneOrFail(
    PolicyVersion,
    { status: PolicyVersionStatus.ACTIVE },
    { populate: ['channels', 'steps'] },
  );
  const step: Record<string, HandlingStep> = Object.fromEntries(
    policy.steps.getItems().map((s) => [s.key, s]),
  );
  const channels = policy.channels
    .getItems()
    .map((c): readonly [Channel, number] => [c, CHANNEL_WEIGHTS[c.key] ?? 3]);

  // In the order rows may point at each other.
  const sink = new DemoSink(orm, options.engine, options.sqliteFile);
  const tables = {
    beneficiaries: sink.table(Beneficiary),
    households: sink.table(Household),
    householdMembers: sink.table(HouseholdMember),
    documents: sink.table(BeneficiaryDocument),
    transactions: sink.table(Transaction),
    events: sink.table(TransactionEvent),
    awards: sink.table(SupportAward),
    deliveries: sink.table(SupportDelivery),
    invitations: sink.table(SurveyInvitation),
    responses: sink.table(SurveyResponse),
    actions: sink.table(ImprovementAction),
    feedback: sink.table(FeedbackItem),
  };
  const ids = (await nextIds(
    em,
    Object.fromEntries(Object.entries(tables).map(([key, w]) => [key, w.table])),
  )) as Record<keyof typeof tables, number>;

  const keysCache = new Map<string, PeriodKeys>();
  /** The period keys (day, week, month, Hijri month) of a moment, cached per Riyadh day. */
  const keysOf = (ms: number) => {
    const day = new Date(ms + 3 * HOUR).toISOString().slice(0, 10);
    let keys = keysCache.get(day);
    if (!keys) keysCache.set(day, (keys = periodKeys(new Date(ms))));
    return keys;
  };

  /** A working moment after `from`: Sunday–Thursday, 8:00–16:00 Riyadh time. */
  const workTime = (from: number, minDays: number, maxDays: number) => {
    let t = from + (minDays + rnd.next() * (maxDays - minDays)) * DAY;
    for (let guard = 0; guard < 4; guard++) {
      const local = new Date(t + 3 * HOUR);
      const dow = local.getUTCDay(); // 5 Friday, 6 Saturday
      if (dow === 5 || dow === 6) t += (dow === 5 ? 2 : 1) * DAY;
      else break;
    }
    const local = new Date(t + 3 * HOUR);
    const hour = local.getUTCHours();
    if (hour < 8 || hour >= 16) t += ((8 + rnd.int(0, 7) - hour + 24) % 24) * HOUR;
    return Math.max(t, from + 5 * 60_000);
  };

  const research = researchWindow({
    windowDays: step.REFERRAL?.windowDays ?? null,
    windowUnit: step.REFERRAL?.windowUnit ?? WindowUnit.CALENDAR,
  });

  return {
    rnd,
    seed: options.seed,
    now,
    start,
    users,
    policy,
    step,
    committeeWindow: step.COMMITTEE?.windowDays ?? 14,
    committeeDue: await committeeDueOf(
      em,
      step.COMMITTEE?.windowDays ?? 14,
      step.COMMITTEE?.windowUnit,
    ),
    /** The research's due date of a referral at `at` (the REFERRAL step's window, referral-due.ts). */
    referralDue: (await committeeDueOf(em, research.days, research.unit)).submitted,
    /** What a REFERRED event records of that window (as transactionRefer does). */
    referralWindow: {
      windowDays: research.days,
      ...(research.unit === WindowUnit.WORKING ? { windowUnit: WindowUnit.WORKING } : {}),
    },
    channels,
    /** The seeded support types and the delivery receipts' document type (support.ts). */
    support: await demoSupport(em),
    sink,
    tables,
    ids,
    keysOf,
    workTime,
  };
}
