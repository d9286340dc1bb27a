import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { foldArabic } from '../common/arabic.js';
import type { PageArgs } from '../common/connection.js';
import { userError, type UserError } from '../common/payload.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary, type Gender } from './beneficiary.entity.js';
import { toBeneficiaryType } from './beneficiary.types.js';
import { notePersonalDataRead, type PersonalDataReads } from './personal-data-reads.js';
import { nationalIdProblem, normalizeNationalId, normalizeSaudiMobile } from './saudi-identity.js';

export interface BeneficiaryFields {
  fullName: string;
  nationalId: string;
  mobile: string;
  city: string;
  gender: Gender;
  dateOfBirth?: string | null;
  notes?: string | null;
}

export type BeneficiaryResult =
  | { ok: true; beneficiary: Beneficiary }
  | { ok: false; errors: UserError[]; existing?: Beneficiary };

export function dateOfBirthProblem(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return 'The date of birth is not a real date.';
  }
  if (date > new Date()) return 'The date of birth is in the future.';
  if (value < '1900-01-01') return 'The date of birth is before 1900.';
  return null;
}

/** Which fields changed, without their values: the audit trail is read by admins too. */
function changedFields(
  before: Beneficiary,
  after: Partial<BeneficiaryFields>,
): (keyof BeneficiaryFields)[] {
  return (Object.keys(after) as (keyof BeneficiaryFields)[]).filter(
    (k) => after[k] !== undefined && after[k] !== before[k],
  );
}

/**
 * Registers a beneficiary. A national ID already registered is refused with the existing
 * record, whose return to the caller is a personal-data read (audited).
 */
export async function createBeneficiary(
  em: EntityManager,
  actor: Actor,
  reads: PersonalDataReads,
  input: BeneficiaryFields,
): Promise<BeneficiaryResult> {
  const errors: UserError[] = [];
  const idProblem = nationalIdProblem(input.nationalId);
  if (idProblem) errors.push(userError('INVALID_NATIONAL_ID', idProblem, 'nationalId'));
  const mobile = normalizeSaudiMobile(input.mobile);
  if (!mobile) {
    errors.push(
      userError('INVALID_MOBILE', 'Enter a Saudi mobile number, e.g. 05XXXXXXXX.', 'mobile'),
    );
  }
  const dobProblem = dateOfBirthProblem(input.dateOfBirth);
  if (dobProblem) errors.push(userError('INVALID_DATE_OF_BIRTH', dobProblem, 'dateOfBirth'));
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.length < 2)
    errors.push(userError('NAME_REQUIRED', 'Enter the full name.', 'fullName'));
  if (errors.length) return { ok: false, errors };

  const nationalId = normalizeNationalId(input.nationalId);
  const existing = await em.findOne(Beneficiary, { nationalId });
  const duplicate = (found: Beneficiary): BeneficiaryResult => {
    notePersonalDataRead(reads, found.id);
    return {
      ok: false,
      existing: found,
      errors: [
        userError(
          'DUPLICATE_NATIONAL_ID',
          'A beneficiary with this national ID is already registered.',
          'nationalId',
        ),
      ],
    };
  };
  if (existing) return duplicate(existing);
  try {
    const beneficiary = await em.transactional(async (tx) => {
      const created = tx.create(Beneficiary, {
        fullName,
        nameFolded: foldArabic(fullName),
        nationalId,
        mobile: mobile!,
        city: input.city.trim(),
        gender: input.gender,
        dateOfBirth: input.dateOfBirth ?? null,
        notes: input.notes?.trim() || null,
        createdBy: actor.userId ? tx.getReference(User, actor.userId) : null,
      });
      await tx.flush();
      recordAudit(tx, actor, {
        action: 'beneficiary.create',
        targetType: 'Beneficiary',
        targetId: created.id,
        after: {
          fields: Object.keys(input).filter((k) => input[k as keyof BeneficiaryFields] != null),
        },
      });
      return created;
    });
    return { ok: true, beneficiary };
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const found = await em.fork().findOne(Beneficiary, { nationalId });
      if (found) return duplicate(found);
    }
    throw err;
  }
}

export async function updateBeneficiary(
  em: EntityManager,
  actor: Actor,
  id: number,
  input: { [K in keyof Omit<BeneficiaryFields, 'nationalId'>]?: BeneficiaryFields[K] | null },
): Promise<BeneficiaryResult> {
  const errors: UserError[] = [];
  let mobile: string | undefined;
  if (input.mobile != null) {
    mobile = normalizeSaudiMobile(input.mobile) ?? undefined;
    if (!mobile) {
      errors.push(
        userError('INVALID_MOBILE', 'Enter a Saudi mobile number, e.g. 05XXXXXXXX.', 'mobile'),
      );
    }
  }
  const dobProblem = dateOfBirthProblem(input.dateOfBirth);
  if (dobProblem) errors.push(userError('INVALID_DATE_OF_BIRTH', dobProblem, 'dateOfBirth'));
  if (errors.length) return { ok: false, errors };

  return em.transactional(async (tx) => {
    const beneficiary = await tx.findOne(Beneficiary, { id });
    if (!beneficiary) {
      return { ok: false as const, errors: [userError('NOT_FOUND', 'No such beneficiary.', 'id')] };
    }
    const changes: Partial<BeneficiaryFields> = {
      fullName: input.fullName?.trim().replace(/\s+/g, ' ') ?? undefined,
      mobile,
      city: input.city?.trim() ?? undefined,
      gender: input.gender ?? undefined,
      dateOfBirth: input.dateOfBirth ?? undefined,
      notes:
        input.notes === undefined || input.notes === null ? undefined : input.notes.trim() || null,
    };
    const changed = changedFields(beneficiary, changes);
    for (const key of changed) {
      Object.assign(beneficiary, { [key]: changes[key as keyof BeneficiaryFields] });
    }
    if (changes.fullName) beneficiary.nameFolded = foldArabic(changes.fullName);
    if (changed.length) {
      recordAudit(tx, actor, {
        action: 'beneficiary.update',
        targetType: 'Beneficiary',
        targetId: beneficiary.id,
        after: { changed },
      });
    }
    return { ok: true as const, beneficiary };
  });
}

/** A page of beneficiaries; every one returned is a personal-data read (audited). */
export async function listBeneficiaries(
  em: EntityManager,
  reads: PersonalDataReads,
  search: string | null | undefined,
  page: PageArgs,
) {
  const connection = await em.getRepository(Beneficiary).page(search, page, toBeneficiaryType);
  notePersonalDataRead(reads, ...connection.edges.map((e) => Number(e.node.id)));
  return connection;
}

/** One beneficiary, or null; the read is audited. */
export async function findBeneficiary(em: EntityManager, reads: PersonalDataReads, id: number) {
  const found = await em.findOne(Beneficiary, { id });
  if (found) notePersonalDataRead(reads, found.id);
  return found;
}
