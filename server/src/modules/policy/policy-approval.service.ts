import type { EntityManager } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError } from '../common/errors.js';
import { hijriOf } from '../common/hijri.js';
import { text } from '../common/localized-text.js';
import { inTransaction, reject } from '../common/payload.js';
import { BoardApproval } from './board-approval.entity.js';
import { trimText } from './policy-draft-rules.js';
import type { PolicyApproveInput } from './policy-drafts.inputs.js';
import { draftByNumber, type VersionResult } from './policy-drafts.service.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyVersionStatus as Status } from './policy.enums.js';

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
