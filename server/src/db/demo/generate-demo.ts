/**
 * Realistic demo data at any size: beneficiaries, transactions through the policy's steps with
 * believable timings (some committee decisions late), survey answers, improvement actions,
 * suggestions and complaints, spread over the 18 months before `now`. Deterministic for a seed.
 *
 * Rows are written with multi-row INSERTs in large transactions (the ORM's unit of work is
 * far too slow for a million transactions); ids are assigned here so rows can point at each
 * other, and PostgreSQL's sequences are moved past them at the end.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { MikroORM } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { createUser } from '../../modules/accounts/accounts.service.js';
import { Role } from '../../modules/accounts/role.js';
import { User } from '../../modules/accounts/user.entity.js';
import { systemActor } from '../../modules/audit/audit.service.js';
import { foldArabic } from '../../modules/common/arabic.js';
import {
  daysBetween,
  handlingBucket,
  periodKeys,
  type PeriodKeys,
} from '../../modules/common/periods.js';
import { withCheckDigit } from '../../modules/beneficiaries/saudi-identity.js';
import { beneficiaryDataHash } from '../../modules/transactions/transaction.service.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { PolicyVersionStatus } from '../../modules/policy/policy.enums.js';
import { storedComment } from '../../modules/satisfaction/redact-store.js';
import * as words from './demo-data.js';

export interface DemoOptions {
  engine: DatabaseEngine;
  /** SQLite: the database file, written through better-sqlite3's own prepared statements. */
  sqliteFile?: string;
  transactions: number;
  seed?: number;
  now?: Date;
  /** Called as work proceeds: transactions written so far, and rows of every table. */
  onProgress?: (done: number, total: number, rows: number) => void;
}

export interface DemoSummary {
  users: number;
  beneficiaries: number;
  transactions: number;
  events: number;
  invitations: number;
  responses: number;
  improvementActions: number;
  feedbackItems: number;
  rows: number;
  seconds: number;
  /** Password of the demo users (staff1…, manager1, analyst1 …). */
  password: string;
}

export const DEMO_PASSWORD = 'demo-pass-2026';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** mulberry32: small, fast and deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    weighted: <T>(options: readonly (readonly [T, number])[]) => {
      let r = next() * options.reduce((s, [, w]) => s + w, 0);
      for (const [value, w] of options) if ((r -= w) < 0) return value;
      return options[options.length - 1]![0];
    },
  };
}

const DEMO_USERS: { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'staff1', displayName: 'أحمد الموظف', roles: [Role.STAFF] },
  { username: 'staff2', displayName: 'نورة الشهري', roles: [Role.STAFF] },
  { username: 'staff3', displayName: 'سعد العتيبي', roles: [Role.STAFF] },
  { username: 'staff4', displayName: 'هند الزهراني', roles: [Role.STAFF] },
  { username: 'staff5', displayName: 'فهد الدوسري', roles: [Role.STAFF] },
  { username: 'researcher1', displayName: 'مريم الباحثة', roles: [Role.RESEARCHER] },
  { username: 'researcher2', displayName: 'خالد الحربي', roles: [Role.RESEARCHER] },
  { username: 'committee1', displayName: 'د. عبدالله الغامدي', roles: [Role.COMMITTEE] },
  { username: 'committee2', displayName: 'أ. لطيفة القحطاني', roles: [Role.COMMITTEE] },
  { username: 'committee3', displayName: 'أ. ناصر المطيري', roles: [Role.COMMITTEE] },
  { username: 'manager1', displayName: 'مها المديرة', roles: [Role.MANAGER] },
  { username: 'analyst1', displayName: 'عمر المحلل', roles: [Role.ANALYST] },
];

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

/** Buffers rows of one table and writes them in multi-row INSERTs. */
class TableWriter {
  private rows: unknown[][] = [];
  readonly perStatement: number;
  written = 0;
  constructor(
    private readonly table: string,
    private readonly columns: string[],
    private readonly flushRows: (sql: string, params: unknown[]) => Promise<void>,
  ) {
    // As many rows as stay under SQLite's (32,766) and PostgreSQL's (65,535) bound parameters.
    this.perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  }
  get buffered() {
    return this.rows.length;
  }
  /** Buffers a row; rows are written by `flush`, tables in the order rows may point at each other. */
  async add(row: unknown[]) {
    this.rows.push(row);
  }
  async flush() {
    const one = `(${this.columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < this.rows.length; i += this.perStatement) {
      const chunk = this.rows.slice(i, i + this.perStatement);
      const sql = `insert into ${this.table} (${this.columns.join(', ')}) values ${chunk.map(() => one).join(', ')}`;
      await this.flushRows(sql, chunk.flat());
    }
    this.written += this.rows.length;
    this.rows = [];
  }
}

/** Referral reasons (the seeded ones), weighted as officers give them: documents most often. */
const REFERRAL_REASONS = [
  'DOCUMENTS',
  'DOCUMENTS',
  'DOCUMENTS',
  'ELIGIBILITY',
  'ELIGIBILITY',
  'PROCEDURE',
  'PROCEDURE',
  'SUPPORT_TYPES',
  'SOCIAL_RESEARCH',
  'OTHER',
];

export async function generateDemo(orm: MikroORM, options: DemoOptions): Promise<DemoSummary> {
  const started = Date.now();
  const n = options.transactions;
  if (!Number.isInteger(n) || n < 1 || n > 5_000_000)
    throw new Error('--transactions must be 1 to 5,000,000');
  const rnd = random(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const start = now - 548 * DAY; // 18 months
  const em = orm.em.fork();
  const conn = em.getConnection();
  const sqlite = options.engine === 'sqlite';
  const ts = (ms: number) => (sqlite ? Math.round(ms) : new Date(Math.round(ms)));

  if (Number((await conn.execute('select count(*) as n from beneficiary_transaction'))[0]!.n) > 0) {
    throw new Error(
      'The database already has transactions: demo data goes into an empty database.',
    );
  }

  // Users (created through the accounts service, so they can sign in).
  const users = new Map<string, User>();
  for (const u of DEMO_USERS) {
    const existing = await em.findOne(User, { username: u.username });
    if (existing) users.set(u.username, existing);
    else {
      const r = await createUser(em, systemActor('demo'), { ...u, password: DEMO_PASSWORD });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      users.set(u.username, r.user);
    }
  }
  const byRole = (role: Role) =>
    DEMO_USERS.filter((u) => u.roles.includes(role)).map((u) => users.get(u.username)!);
  const staff = byRole(Role.STAFF);
  const researchers = byRole(Role.RESEARCHER);
  const committee = byRole(Role.COMMITTEE);
  const manager = users.get('manager1')!;

  const policy = await em.findOneOrFail(
    PolicyVersion,
    { status: PolicyVersionStatus.ACTIVE },
    { populate: ['channels', 'steps'] },
  );
  const step = Object.fromEntries(policy.steps.getItems().map((s) => [s.key, s]));
  const committeeWindow = step.COMMITTEE?.windowDays ?? 14;
  const channels = policy.channels.getItems().map((c) => [c, CHANNEL_WEIGHTS[c.key] ?? 3] as const);

  const maxId = async (table: string) =>
    Number((await conn.execute(`select coalesce(max(id), 0) as n from ${table}`))[0]!.n);

  let pending: { sql: string; params: unknown[] }[] = [];
  const write = async (sql: string, params: unknown[]) => {
    pending.push({ sql, params });
  };
  const table = (name: string, columns: string[]) => new TableWriter(name, columns, write);

  const beneficiaries = table('beneficiary', [
    'id',
    'created_at',
    'updated_at',
    'full_name',
    'name_folded',
    'national_id',
    'mobile',
    'city',
    'gender',
    'date_of_birth',
    'created_by_id',
  ]);
  const transactions = table('beneficiary_transaction', [
    'id',
    'created_at',
    'updated_at',
    'reference',
    'beneficiary_id',
    'channel_id',
    'type',
    'subject',
    'assignee_id',
    'policy_version_id',
    'current_step_id',
    'status',
    'outcome',
    'version',
    'opened_at',
    'closed_at',
    'return_step_id',
    'committee_submitted_at',
    'committee_due_at',
    'deferred_at',
    'attested_data_hash',
    'last_event_at',
  ]);
  const events = table('transaction_event', [
    'id',
    'transaction_id',
    'kind',
    'step_id',
    'actor_id',
    'actor_name',
    'at',
    'note',
    'data',
    'gap_seconds',
  ]);
  const invitations = table('survey_invitation', [
    'id',
    'created_at',
    'updated_at',
    'transaction_id',
    'token_hash',
    'issued_at',
    'expires_at',
    'used_at',
    'issued_by_id',
    'channel_key',
    'transaction_type',
    'policy_version_number',
    'officer_id',
    'handling_days',
    'handling_bucket',
    'issued_day',
    'issued_week',
    'issued_month',
    'issued_hijri_month',
  ]);
  const responses = table('survey_response', [
    'id',
    'created_at',
    'updated_at',
    'invitation_id',
    'submitted_at',
    'mode',
    'recorded_by_id',
    'overall',
    'courtesy',
    'clarity',
    'speed',
    'recommend',
    'comment',
    'comment_redacted',
    'comment_folded',
    'comment_redacted_folded',
  ]);
  const actions = table('improvement_action', [
    'id',
    'created_at',
    'updated_at',
    'response_id',
    'status',
    'opened_at',
    'closed_at',
    'closed_by_id',
    'action_taken',
  ]);
  const feedback = table('feedback_item', [
    'id',
    'created_at',
    'updated_at',
    'reference',
    'kind',
    'source',
    'channel_key',
    'subject',
    'body',
    'search_text',
    'beneficiary_id',
    'transaction_id',
    'status',
    'assignee_id',
    'response',
    'received_at',
    'answered_at',
    'closed_at',
    'created_by_id',
  ]);
  const writers = [beneficiaries, transactions, events, invitations, responses, actions, feedback];
  const rowsWritten = () => writers.reduce((s, w) => s + w.written + w.buffered, 0);

  // SQLite: better-sqlite3's own prepared statements (cached per statement text) in one
  // transaction per batch, several times faster than going through the query builder.
  const native = options.sqliteFile ? new Database(options.sqliteFile) : null;
  const statements = new Map<string, Database.Statement>();
  const commit = async () => {
    for (const w of writers) await w.flush();
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    if (native) {
      native.transaction(() => {
        for (const { sql, params } of batch) {
          let statement = statements.get(sql);
          if (!statement) statements.set(sql, (statement = native.prepare(sql)));
          statement.run(...params);
        }
      })();
      return;
    }
    await conn.transactional(async (trx) => {
      for (const { sql, params } of batch) await conn.execute(sql, params, 'run', trx);
    });
  };

  // Beneficiaries: about one for every 2.5 transactions (many come back).
  const beneficiaryCount = Math.max(20, Math.ceil(n / 2.5));
  const firstBeneficiary = (await maxId('beneficiary')) + 1;
  const people: {
    name: string;
    nationalId: string;
    mobile: string;
    city: string;
    gender: string;
    dob: string;
  }[] = [];
  for (let i = 0; i < beneficiaryCount; i++) {
    const female = rnd.chance(0.55);
    const name = `${rnd.pick(female ? words.FEMALE_NAMES : words.MALE_NAMES)} ${rnd.pick(words.MALE_NAMES)} ${rnd.pick(words.FAMILY_NAMES)}`;
    // Unique national IDs: 1 (citizen) or 2 (resident), then a number derived from the index.
    const body = String(
      100_000_000 + ((i * 7_919 + (options.seed ?? 1) * 104_729) % 900_000_000),
    ).slice(1);
    const nationalId = withCheckDigit(`${rnd.chance(0.85) ? 1 : 2}${body}`);
    const person = {
      name,
      nationalId,
      mobile: `+9665${String(rnd.int(0, 99_999_999)).padStart(8, '0')}`,
      city: rnd.pick(words.CITIES),
      gender: female ? 'FEMALE' : 'MALE',
      dob: `${rnd.int(1950, 2004)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    };
    people.push(person);
    const created = ts(start - rnd.int(1, 400) * DAY);
    await beneficiaries.add([
      firstBeneficiary + i,
      created,
      created,
      person.name,
      foldArabic(person.name),
      person.nationalId,
      person.mobile,
      person.city,
      person.gender,
      person.dob,
      rnd.pick(staff).id,
    ]);
  }
  await commit();

  let transactionId = (await maxId('beneficiary_transaction')) + 1;
  let eventId = (await maxId('transaction_event')) + 1;
  let invitationId = (await maxId('survey_invitation')) + 1;
  let responseId = (await maxId('survey_response')) + 1;
  let actionId = (await maxId('improvement_action')) + 1;
  let feedbackId = (await maxId('feedback_item')) + 1;
  const keysCache = new Map<string, PeriodKeys>();
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

  const progressEvery = Math.max(1, Math.floor(n / 200));
  for (let i = 0; i < n; i++) {
    // Volume grows over the period: more transactions in recent months.
    const u = (i + rnd.next()) / n;
    // Moved to a working hour, but never past `now`.
    const opened = Math.min(
      workTime(start + Math.pow(u, 0.85) * (now - start - 2 * HOUR), 0, 0),
      now - HOUR,
    );
    const id = transactionId++;
    const who = (i * 7 + rnd.int(0, beneficiaryCount - 1)) % beneficiaryCount;
    const person = people[who]!;
    const beneficiaryId = firstBeneficiary + who;
    const channel = rnd.weighted(channels);
    const type = rnd.chance(0.55) ? 'INQUIRY' : 'SUPPORT_REQUEST';
    const officer = rnd.pick(staff);
    const subject = rnd.pick(type === 'INQUIRY' ? words.INQUIRY_SUBJECTS : words.SUPPORT_SUBJECTS);

    // The timeline, step by step, stopping at `now`.
    let t = opened;
    let current = step.RECEPTION!;
    let status = 'OPEN';
    let outcome: string | null = null;
    let closedAt: number | null = null;
    let assignee = officer;
    let returnStep: number | null = null;
    let submittedAt: number | null = null;
    let dueAt: number | null = null;
    let deferredAt: number | null = null;
    let attested: string | null = null;
    let late = false;
    let lockVersion = 0;
    let lastEventAt: number | null = null;
    const event = async (
      kind: string,
      at: number,
      actor: User,
      stepId: number,
      note: string | null = null,
      data: unknown = null,
    ) => {
      lockVersion++;
      await events.add([
        eventId++,
        id,
        kind,
        stepId,
        actor.id,
        actor.username,
        ts(at),
        note,
        data == null ? null : JSON.stringify(data),
        lastEventAt === null ? null : Math.round((at - lastEventAt) / 1000),
      ]);
      lastEventAt = at;
    };
    await event('OPENED', opened, officer, current.id, null, { channel: channel.key, type });

    const next = (min: number, max: number) => {
      const at = workTime(t, min, max);
      if (at > now) return null;
      t = at;
      return at;
    };
    const withdraw = async (p: number) => {
      if (!rnd.chance(p)) return false;
      const at = next(0.5, 6);
      if (at === null) return true;
      await event('WITHDRAWN', at, officer, current.id, 'طلب المستفيد سحب المعاملة');
      status = 'CLOSED';
      outcome = 'WITHDRAWN';
      closedAt = at;
      return true;
    };
    const refer = async () => {
      const researcher = rnd.pick(researchers);
      let at = next(0, 1);
      if (at === null) return false;
      const from = current;
      await event('REFERRED', at, officer, from.id, null, {
        reason: rnd.pick(REFERRAL_REASONS),
        from: from.key,
        researcher: researcher.username,
      });
      status = 'REFERRED';
      current = step.REFERRAL!;
      returnStep = from.id;
      assignee = researcher;
      at = next(0.5, 4);
      if (at === null) return false;
      await event('REFERRAL_RETURNED', at, researcher, current.id, 'شُرحت الإجراءات للمستفيد');
      status = 'OPEN';
      current = from;
      returnStep = null;
      assignee = officer;
      return true;
    };

    run: {
      if (type === 'INQUIRY') {
        if (rnd.chance(0.08) && !(await refer())) break run;
        if (await withdraw(0.03)) break run;
        const at = next(0, 1.2);
        if (at === null) break run;
        await event('INQUIRY_CLOSED', at, officer, current.id, 'أجيب عن الاستفسار');
        status = 'CLOSED';
        outcome = 'ANSWERED';
        closedAt = at;
        break run;
      }
      let at = next(0, 0.5);
      if (at === null) break run;
      await event('STEP_COMPLETED', at, officer, current.id);
      current = step.VERIFICATION!;
      if (rnd.chance(0.15) && !(await refer())) break run;
      if (await withdraw(0.04)) break run;
      at = next(1, 5);
      if (at === null) break run;
      await event('STEP_COMPLETED', at, officer, current.id);
      current = step.ATTESTATION!;
      at = next(0, 2);
      if (at === null) break run;
      attested = beneficiaryDataHash({
        fullName: person.name,
        nationalId: person.nationalId,
        mobile: person.mobile,
        city: person.city,
        gender: person.gender as 'MALE' | 'FEMALE',
        dateOfBirth: person.dob,
      });
      await event('ATTESTED', at, officer, current.id, null, { witnessedBy: officer.username });
      current = step.COMMITTEE!;
      at = next(0, 1);
      if (at === null) break run;
      await event('SUBMITTED_TO_COMMITTEE', at, officer, current.id);
      status = 'AWAITING_COMMITTEE';
      submittedAt = at;
      dueAt = at + committeeWindow * DAY;
      late = rnd.chance(0.18);
      const member = rnd.pick(committee);
      if (rnd.chance(0.15)) {
        at = next(2, 9);
        if (at === null) break run;
        await event('DEFERRED', at, member, current.id, 'نقص في المستندات: صورة عقد الإيجار');
        status = 'DEFERRED';
        deferredAt = at;
        at = next(2, 10);
        if (at === null) break run;
        await event('RESUMED', at, officer, current.id);
        dueAt += at - deferredAt;
        deferredAt = null;
        status = 'AWAITING_COMMITTEE';
      }
      const decideBy = late
        ? dueAt + rnd.int(1, 12) * DAY
        : t + (dueAt - t) * (0.3 + 0.65 * rnd.next());
      if (decideBy > now) break run;
      t = Math.max(t, decideBy);
      if (rnd.chance(0.22)) {
        await event('REJECTED', t, member, current.id, 'لا تنطبق شروط الاستحقاق', { late });
        status = 'CLOSED';
        outcome = 'REJECTED';
        closedAt = t;
        break run;
      }
      await event('APPROVED', t, member, current.id, 'مستوفٍ للشروط', { late });
      status = 'OPEN';
      current = step.REGISTRATION!;
      at = next(1, 3);
      if (at === null) break run;
      await event('STEP_COMPLETED', at, officer, current.id);
      current = step.DELIVERY!;
      if (await withdraw(0.01)) break run;
      at = next(2, 10);
      if (at === null) break run;
      await event('DELIVERED', at, officer, current.id, null, {
        service: rnd.pick(words.SERVICES),
      });
      status = 'CLOSED';
      outcome = 'COMPLETED';
      closedAt = at;
    }

    const openedTs = ts(opened);
    await transactions.add([
      id,
      openedTs,
      ts(t),
      `MSR-${new Date(opened).getUTCFullYear()}-${String(id).padStart(6, '0')}`,
      beneficiaryId,
      channel.id,
      type,
      subject,
      assignee.id,
      policy.id,
      current.id,
      status,
      outcome,
      lockVersion,
      openedTs,
      closedAt === null ? null : ts(closedAt),
      returnStep,
      submittedAt === null ? null : ts(submittedAt),
      dueAt === null ? null : ts(dueAt),
      deferredAt === null ? null : ts(deferredAt),
      attested,
      lastEventAt === null ? null : ts(lastEventAt),
    ]);

    // A survey link for what closed (not withdrawn); some answered, a few by phone.
    if (closedAt !== null && outcome !== 'WITHDRAWN') {
      const issued: number = closedAt;
      const keys = keysOf(issued);
      const days = daysBetween(new Date(opened), new Date(issued));
      const invitation = invitationId++;
      const selfAnswer = rnd.chance(0.42);
      const assisted = !selfAnswer && rnd.chance(0.1);
      const answeredAt = issued + (assisted ? rnd.int(1, 3) * DAY : rnd.next() * 4 * DAY);
      const answered = (selfAnswer || assisted) && answeredAt <= now;
      await invitations.add([
        invitation,
        ts(issued),
        ts(issued),
        id,
        createHash('sha256')
          .update(`demo:${options.seed ?? 1}:${invitation}`)
          .digest('hex'),
        ts(issued),
        ts(issued + 30 * DAY),
        answered ? ts(answeredAt) : null,
        officer.id,
        channel.key,
        type,
        policy.number,
        officer.id,
        days,
        handlingBucket(days),
        keys.day,
        keys.week,
        keys.month,
        keys.hijriMonth,
      ]);
      if (answered) {
        // Satisfaction leans positive; long handling, late decisions and rejections pull it down.
        const penalty = (days > 30 ? 1 : 0) + (late ? 1 : 0) + (outcome === 'REJECTED' ? 1.2 : 0);
        const overall = Math.max(
          1,
          Math.min(
            5,
            Math.round(
              rnd.weighted([
                [5, 45],
                [4, 30],
                [3, 13],
                [2, 7],
                [1, 5],
              ] as const) -
                penalty * rnd.next(),
            ),
          ),
        );
        const near = () => Math.max(1, Math.min(5, overall + rnd.int(-1, 1)));
        const recommend = Math.max(
          0,
          Math.min(10, overall * 2 + rnd.int(-2, 0) + (overall === 5 ? rnd.int(0, 1) : 0)),
        );
        const comment = rnd.chance(0.3)
          ? rnd.pick(
              overall >= 4
                ? words.POSITIVE_COMMENTS
                : overall === 3
                  ? words.NEUTRAL_COMMENTS
                  : words.NEGATIVE_COMMENTS,
            )
          : null;
        const response = responseId++;
        const stored = storedComment(comment, [person.name]);
        await responses.add([
          response,
          ts(answeredAt),
          ts(answeredAt),
          invitation,
          ts(answeredAt),
          assisted ? 'STAFF_ASSISTED' : 'SELF',
          assisted ? officer.id : null,
          overall,
          near(),
          near(),
          near(),
          recommend,
          comment,
          stored.commentRedacted,
          stored.commentFolded,
          stored.commentRedactedFolded,
        ]);
        if (overall <= 2) {
          const closedAction = answeredAt < now - 14 * DAY && rnd.chance(0.7);
          const closedAtAction = answeredAt + rnd.int(3, 12) * DAY;
          await actions.add([
            actionId++,
            ts(answeredAt),
            ts(answeredAt),
            response,
            closedAction ? 'CLOSED' : 'OPEN',
            ts(answeredAt),
            closedAction ? ts(closedAtAction) : null,
            closedAction ? manager.id : null,
            closedAction ? rnd.pick(words.IMPROVEMENTS) : null,
          ]);
        }
      }
    }

    // Now and then a suggestion or a complaint.
    if (rnd.chance(0.015)) {
      const complaint = rnd.chance(0.4);
      const [subjectText, body] = rnd.pick(complaint ? words.COMPLAINTS : words.SUGGESTIONS);
      const received = opened + rnd.int(0, 5) * DAY;
      if (received <= now) {
        const age = (now - received) / DAY;
        const fbStatus =
          age > 45 ? 'CLOSED' : age > 20 ? 'ANSWERED' : age > 7 ? 'UNDER_REVIEW' : 'NEW';
        const answered = fbStatus === 'ANSWERED' || fbStatus === 'CLOSED';
        const fid = feedbackId++;
        await feedback.add([
          fid,
          ts(received),
          ts(received),
          `FB-${new Date(received).getUTCFullYear()}-${String(fid).padStart(6, '0')}`,
          complaint ? 'COMPLAINT' : 'SUGGESTION',
          'STAFF',
          channel.key,
          subjectText,
          body,
          foldArabic(`${subjectText} ${body}`),
          beneficiaryId,
          id,
          fbStatus,
          fbStatus === 'NEW' ? null : officer.id,
          answered ? 'شكراً لملاحظتك، أحيلت إلى الإدارة وستؤخذ في الاعتبار.' : null,
          ts(received),
          answered ? ts(received + 10 * DAY) : null,
          fbStatus === 'CLOSED' ? ts(received + 20 * DAY) : null,
          officer.id,
        ]);
      }
    }

    if ((i + 1) % 25_000 === 0) await commit();
    if ((i + 1) % progressEvery === 0 || i + 1 === n) options.onProgress?.(i + 1, n, rowsWritten());
  }
  await commit();

  if (!sqlite) {
    for (const w of [
      'beneficiary',
      'beneficiary_transaction',
      'transaction_event',
      'survey_invitation',
      'survey_response',
      'improvement_action',
      'feedback_item',
    ]) {
      await conn.execute(
        `select setval(pg_get_serial_sequence('${w}', 'id'), greatest((select max(id) from ${w}), 1))`,
      );
    }
  }
  native?.close();
  await conn.execute('analyze');

  return {
    users: users.size,
    beneficiaries: beneficiaries.written,
    transactions: transactions.written,
    events: events.written,
    invitations: invitations.written,
    responses: responses.written,
    improvementActions: actions.written,
    feedbackItems: feedback.written,
    rows: rowsWritten(),
    seconds: (Date.now() - started) / 1000,
    password: DEMO_PASSWORD,
  };
}
