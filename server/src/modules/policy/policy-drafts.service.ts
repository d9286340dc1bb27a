import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError } from '../common/errors.js';
import { hijriOf } from '../common/hijri.js';
import { text } from '../common/localized-text.js';
import {
  fail,
  inTransaction,
  reject,
  userError,
  type Result,
  type UserError,
} from '../common/payload.js';
import { BoardApproval } from './board-approval.entity.js';
import { clearContent, readContent, writeContent, type PolicyContent } from './policy-content.js';
import type { PolicyApproveInput, PolicyDraftSaveInput } from './policy-drafts.types.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PerformerRole, PolicyVersionStatus as Status } from './policy.enums.js';
import { WORKFLOW_STEP, WORKFLOW_STEP_KEYS } from './workflow-steps.js';

type VersionResult = Result<{ version: PolicyVersion }>;

const KEY = /^[A-Z][A-Z0-9_]{1,63}$/;
type Text = { ar: string; en: string };

/** Checks a draft's content as a whole; every problem is reported with the path of its field. */
export function validateContent(c: PolicyContent): UserError[] {
  const errors: UserError[] = [];
  const need = (t: Text | null | undefined, path: string, max: number) => {
    for (const lang of ['ar', 'en'] as const) {
      const value = t?.[lang]?.trim() ?? '';
      if (!value)
        errors.push(
          userError(
            'REQUIRED',
            `Write the ${lang === 'ar' ? 'Arabic' : 'English'} text.`,
            `${path}.${lang}`,
          ),
        );
      else if (value.length > max)
        errors.push(userError('TOO_LONG', `At most ${max} characters.`, `${path}.${lang}`));
    }
  };
  const keys = (items: { key: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!KEY.test(item.key)) {
        errors.push(
          userError(
            'INVALID_KEY',
            'Keys are 2–64 capital letters, digits or _, starting with a letter.',
            `${path}.${i}.key`,
          ),
        );
      } else if (seen.has(item.key)) {
        errors.push(userError('DUPLICATE_KEY', `${item.key} appears twice.`, `${path}.${i}.key`));
      }
      seen.add(item.key);
    });
  };

  need(c.title, 'title', 200);
  need(c.preface, 'preface', 20_000);
  need(c.generalObjective, 'generalObjective', 4_000);
  if (!c.objectives.length)
    errors.push(userError('REQUIRED', 'The policy needs at least one objective.', 'objectives'));
  c.objectives.forEach((o, i) => {
    need(o.text, `objectives.${i}.text`, 2_000);
    (o.children ?? []).forEach((child, j) => need(child, `objectives.${i}.children.${j}`, 2_000));
  });
  if (!c.channels.length)
    errors.push(userError('REQUIRED', 'The policy needs at least one channel.', 'channels'));
  keys(c.channels, 'channels');
  c.channels.forEach((ch, i) => {
    need(ch.name, `channels.${i}.name`, 120);
    need(ch.description, `channels.${i}.description`, 2_000);
  });
  keys(c.tools, 'tools');
  c.tools.forEach((t, i) => {
    need(t.name, `tools.${i}.name`, 160);
    need(t.description, `tools.${i}.description`, 2_000);
  });
  keys(c.steps, 'steps');
  const toolKeys = new Set(c.tools.map((t) => t.key));
  const stepKeys = c.steps.map((s) => s.key);
  for (const key of WORKFLOW_STEP_KEYS) {
    if (!stepKeys.includes(key)) {
      errors.push(
        userError('WORKFLOW_STEP_MISSING', `The workflow needs the step ${key}.`, 'steps'),
      );
    }
  }
  if (stepKeys[0] !== WORKFLOW_STEP.RECEPTION) {
    errors.push(userError('STEP_ORDER', 'Reception must be the first step.', 'steps'));
  }
  if (stepKeys.at(-1) !== WORKFLOW_STEP.DELIVERY) {
    errors.push(userError('STEP_ORDER', 'Delivery must be the last step.', 'steps'));
  }
  c.steps.forEach((s, i) => {
    const path = `steps.${i}`;
    need(s.title, `${path}.title`, 120);
    need(s.text, `${path}.text`, 2_000);
    const isReferral = s.key === WORKFLOW_STEP.REFERRAL;
    if (s.conditional !== isReferral) {
      errors.push(
        userError(
          'CONDITIONAL_STEP',
          isReferral
            ? 'The referral step is taken only when referred: keep it conditional.'
            : 'Only the referral step can be conditional.',
          `${path}.conditional`,
        ),
      );
    }
    if (s.conditional) need(s.condition, `${path}.condition`, 1_000);
    if (!WORKFLOW_STEP_KEYS.includes(s.key) && s.performerRole !== PerformerRole.STAFF) {
      errors.push(
        userError(
          'PERFORMER_ROLE',
          'An added step is performed by the officer.',
          `${path}.performerRole`,
        ),
      );
    }
    if (
      s.windowDays != null &&
      (!Number.isInteger(s.windowDays) || s.windowDays < 1 || s.windowDays > 365)
    ) {
      errors.push(
        userError('INVALID_WINDOW', 'A time limit is 1 to 365 days.', `${path}.windowDays`),
      );
    }
    if (s.key === WORKFLOW_STEP.COMMITTEE && s.windowDays == null) {
      errors.push(
        userError('REQUIRED', 'The committee step needs its window in days.', `${path}.windowDays`),
      );
    }
    s.toolKeys.forEach((k, j) => {
      if (!toolKeys.has(k))
        errors.push(
          userError('UNKNOWN_TOOL', `No tool ${k} in this draft.`, `${path}.toolKeys.${j}`),
        );
    });
    keys(s.checklist, `${path}.checklist`);
    s.checklist.forEach((item, j) => need(item.text, `${path}.checklist.${j}.text`, 500));
  });
  return errors.slice(0, 50);
}

const trimText = (t: Text): Text => ({ ar: t.ar.trim(), en: t.en.trim() });

/** The saved form of a draft input: texts trimmed, optional parts normalised. */
function contentOf(input: PolicyDraftSaveInput): PolicyContent {
  return {
    title: trimText(input.title),
    preface: trimText(input.preface),
    generalObjective: trimText(input.generalObjective),
    objectives: input.objectives.map((o) => ({
      text: trimText(o.text),
      ...(o.children?.length ? { children: o.children.map(trimText) } : {}),
    })),
    channels: input.channels.map((ch) => ({
      key: ch.key,
      name: trimText(ch.name),
      description: trimText(ch.description),
    })),
    tools: input.tools.map((t) => ({
      key: t.key,
      kind: t.kind,
      name: trimText(t.name),
      description: trimText(t.description),
    })),
    steps: input.steps.map((s) => ({
      key: s.key,
      title: trimText(s.title),
      text: trimText(s.text),
      performerRole: s.performerRole,
      conditional: s.conditional,
      ...(s.conditional && s.condition ? { condition: trimText(s.condition) } : {}),
      ...(s.windowDays != null ? { windowDays: s.windowDays } : {}),
      toolKeys: [...new Set(s.toolKeys)],
      checklist: s.checklist.map((i) => ({
        key: i.key,
        text: trimText(i.text),
        required: i.required,
      })),
    })),
  };
}

async function draftByNumber(tx: EntityManager, number: number): Promise<PolicyVersion> {
  const version = await tx.findOne(PolicyVersion, { number });
  if (!version) reject('NOT_FOUND', `There is no policy version ${number}.`, 'number');
  if (version!.status !== Status.DRAFT) {
    reject(
      'NOT_A_DRAFT',
      `Version ${number} is ${version!.status.toLowerCase()}; only a draft can change.`,
      'number',
    );
  }
  return version!;
}

/** A unique-key race (two drafts at once) is a CONFLICT, not a server error. */
async function guardRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      throw apiError(
        'CONFLICT',
        'Someone else changed the policy versions first. Reload and try again.',
      );
    }
    throw err;
  }
}

/** Copies the version in force into a new draft, numbered after the last version. One draft at a time. */
export function createDraft(em: EntityManager, actor: Actor): Promise<VersionResult> {
  return guardRace(() =>
    inTransaction(em, async (tx) => {
      const active = await tx.findOne(PolicyVersion, { status: Status.ACTIVE });
      if (!active) reject('NO_ACTIVE_POLICY', 'No policy version is in force to start from.');
      const open = await tx.findOne(PolicyVersion, {
        organization: active!.organization,
        status: Status.DRAFT,
      });
      if (open)
        reject(
          'DRAFT_EXISTS',
          `Version ${open.number} is already a draft: edit it or discard it.`,
          'number',
        );
      const last = await tx.findOne(
        PolicyVersion,
        { organization: active!.organization },
        { orderBy: { number: 'desc' } },
      );
      const content = await readContent(tx, active!);
      const version = tx.create(PolicyVersion, {
        organization: active!.organization,
        number: last!.number + 1,
        status: Status.DRAFT,
        title: text(content.title),
        preface: text(content.preface),
        generalObjective: text(content.generalObjective),
      });
      writeContent(tx, version, content);
      await tx.flush();
      recordAudit(tx, actor, {
        action: 'policy.draft_create',
        targetType: 'PolicyVersion',
        targetId: version.id,
        after: { number: version.number, from: active!.number },
      });
      return { version };
    }),
  );
}

/** Replaces a draft's content with `input`, after checking it as a whole. */
export async function saveDraft(
  em: EntityManager,
  actor: Actor,
  input: PolicyDraftSaveInput,
): Promise<VersionResult> {
  const content = contentOf(input);
  const problems = validateContent(content);
  if (problems.length) return fail(...problems);
  return inTransaction(em, async (tx) => {
    const version = await draftByNumber(tx, input.number);
    const before = await readContent(tx, version);
    await clearContent(tx, version);
    writeContent(tx, version, content);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'policy.draft_save',
      targetType: 'PolicyVersion',
      targetId: version.id,
      before: {
        channels: before.channels.length,
        tools: before.tools.length,
        steps: before.steps.length,
      },
      after: {
        channels: content.channels.length,
        tools: content.tools.length,
        steps: content.steps.length,
      },
    });
    return { version };
  });
}

/** Deletes a draft and its content. */
export function discardDraft(
  em: EntityManager,
  actor: Actor,
  number: number,
): Promise<Result<{ number: number }>> {
  return inTransaction(em, async (tx) => {
    const version = await draftByNumber(tx, number);
    await clearContent(tx, version);
    recordAudit(tx, actor, {
      action: 'policy.draft_discard',
      targetType: 'PolicyVersion',
      targetId: version.id,
      before: { number },
    });
    tx.remove(version);
    await tx.flush();
    return { number };
  });
}

/**
 * Records the board's approval of a draft: the Hijri and Gregorian dates must be the same day.
 * The draft comes into force and the version in force is superseded (it stays readable, and
 * transactions opened under it keep it). Conditional updates make two approvals at once end
 * with one winner.
 */
export function approve(
  em: EntityManager,
  actor: Actor,
  input: PolicyApproveInput,
): Promise<VersionResult> {
  return inTransaction(em, async (tx) => {
    for (const [field, value] of [
      ['body', input.body],
      ['boardTerm', input.boardTerm],
    ] as const) {
      for (const lang of ['ar', 'en'] as const) {
        const v = value[lang].trim();
        if (!v || v.length > 200)
          reject(
            'REQUIRED',
            'Write it in Arabic and English (up to 200 characters).',
            `${field}.${lang}`,
          );
      }
    }
    const hijri = hijriOf(input.approvedOnGregorian);
    if (!hijri)
      reject('INVALID_DATE', 'Give the Gregorian date as YYYY-MM-DD.', 'approvedOnGregorian');
    if (input.approvedOnGregorian > new Date().toISOString().slice(0, 10)) {
      reject('DATE_IN_FUTURE', 'An approval cannot be dated in the future.', 'approvedOnGregorian');
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.approvedOnHijri)) {
      reject('INVALID_DATE', 'Give the Hijri date as YYYY-MM-DD.', 'approvedOnHijri');
    }
    if (input.approvedOnHijri !== hijri) {
      reject(
        'DATES_DISAGREE',
        `${input.approvedOnGregorian} is ${hijri} in the Umm al-Qura calendar, not ${input.approvedOnHijri}.`,
        'approvedOnHijri',
      );
    }
    const draft = await draftByNumber(tx, input.number);
    const active = await tx.findOne(
      PolicyVersion,
      { organization: draft.organization, status: Status.ACTIVE },
      { populate: ['approval'] },
    );
    if (active?.approval && input.approvedOnGregorian < active.approval.approvedOnGregorian) {
      reject(
        'DATE_BEFORE_CURRENT',
        `The version in force was approved on ${active.approval.approvedOnGregorian}; a newer approval cannot be earlier.`,
        'approvedOnGregorian',
      );
    }
    const now = new Date();
    if (active) {
      const superseded = await tx.nativeUpdate(
        PolicyVersion,
        { id: active.id, status: Status.ACTIVE },
        { status: Status.SUPERSEDED, supersededAt: now },
      );
      if (superseded !== 1)
        throw apiError('CONFLICT', 'Another approval was recorded first. Reload and try again.');
    }
    const activated = await tx.nativeUpdate(
      PolicyVersion,
      { id: draft.id, status: Status.DRAFT },
      { status: Status.ACTIVE, activatedAt: now },
    );
    if (activated !== 1)
      throw apiError('CONFLICT', 'Another approval was recorded first. Reload and try again.');
    tx.create(BoardApproval, {
      version: draft,
      body: text(trimText(input.body)),
      boardTerm: text(trimText(input.boardTerm)),
      approvedOnGregorian: input.approvedOnGregorian,
      approvedOnHijri: input.approvedOnHijri,
      note: text(trimText(input.note ?? { ar: '', en: '' })),
    });
    recordAudit(tx, actor, {
      action: 'policy.approve',
      targetType: 'PolicyVersion',
      targetId: draft.id,
      before: { status: Status.DRAFT, active: active?.number ?? null },
      after: {
        status: Status.ACTIVE,
        approvedOnGregorian: input.approvedOnGregorian,
        approvedOnHijri: input.approvedOnHijri,
      },
    });
    await tx.flush();
    await tx.refresh(draft);
    return { version: draft };
  });
}
