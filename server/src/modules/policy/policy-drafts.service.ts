import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError, notFound } from '../common/errors.js';
import { text } from '../common/localized-text.js';
import { fail, inTransaction, reject, type Result } from '../common/payload.js';
import { clearContent, readContent, writeContent } from './policy-content.js';
import { diffPolicy, type PolicyChangeData } from './policy-diff.js';
import { contentOf, validateContent } from './policy-draft-rules.js';
import type { PolicyDraftSaveInput } from './policy-drafts.inputs.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyVersionStatus as Status } from './policy.enums.js';
import { documentTypeKeys } from './document-requirements.js';

export type VersionResult = Result<{ version: PolicyVersion }>;

export async function draftByNumber(tx: EntityManager, number: number): Promise<PolicyVersion> {
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
  const problems = validateContent(content, await documentTypeKeys(em));
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

/** What changed from version `from` to version `to`; NOT_FOUND when either is missing. */
export async function versionDiff(
  em: EntityManager,
  from: number,
  to: number,
): Promise<{ from: PolicyVersion; to: PolicyVersion; changes: PolicyChangeData[] }> {
  const versions = em.getRepository(PolicyVersion);
  const [a, b] = await Promise.all([versions.byNumber(from), versions.byNumber(to)]);
  if (!a) throw notFound(`Policy version ${from}`);
  if (!b) throw notFound(`Policy version ${to}`);
  const changes = diffPolicy(await readContent(em, a), await readContent(em, b));
  return { from: a, to: b, changes };
}
