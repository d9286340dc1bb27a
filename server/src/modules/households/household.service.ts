import {
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityManager,
} from '@mikro-orm/core';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { apiError } from '../common/errors.js';
import { fail, inTransaction, reject, userError, type UserError } from '../common/payload.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { dateOfBirthProblem } from '../beneficiaries/beneficiary.service.js';
import { nationalIdProblem, normalizeNationalId } from '../beneficiaries/saudi-identity.js';
import { Household, HouseholdMember } from './household.entity.js';
import { circumstancesChange, type CircumstancesInput } from './household-circumstances.js';
import { toHouseholdType, type HouseholdType } from './household.types.js';

export interface MemberFields {
  fullName: string;
  relation: string;
  nationalId?: string | null;
  dateOfBirth: string;
  gender: string;
  hasDisability: boolean;
  disabilityNote?: string | null;
  occupation: string;
}

const MEMBER_FIELDS = [
  'fullName',
  'relation',
  'nationalId',
  'dateOfBirth',
  'gender',
  'hasDisability',
  'disabilityNote',
  'occupation',
] as const satisfies readonly (keyof MemberFields)[];

/** Checks a member's details; the values as stored, or the problems field by field. */
function memberValues(input: MemberFields): {
  values: Required<MemberFields>;
  errors: UserError[];
} {
  const errors: UserError[] = [];
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.length < 2 || fullName.length > 160) {
    errors.push(userError('NAME_REQUIRED', 'Enter the full name (2–160 characters).', 'fullName'));
  }
  const rawId = input.nationalId?.trim() ? input.nationalId : null;
  const idProblem = rawId ? nationalIdProblem(rawId) : null;
  if (idProblem) errors.push(userError('INVALID_NATIONAL_ID', idProblem, 'nationalId'));
  const dobProblem = input.dateOfBirth
    ? dateOfBirthProblem(input.dateOfBirth)
    : 'Enter the date of birth.';
  if (dobProblem) errors.push(userError('INVALID_DATE_OF_BIRTH', dobProblem, 'dateOfBirth'));
  const note = input.hasDisability ? input.disabilityNote?.trim() || null : null;
  return {
    errors,
    values: {
      fullName,
      relation: input.relation,
      nationalId: rawId ? normalizeNationalId(rawId) : null,
      dateOfBirth: input.dateOfBirth,
      gender: input.gender,
      hasDisability: input.hasDisability,
      disabilityNote: note,
      occupation: input.occupation,
    },
  };
}

const conflict = () =>
  apiError('CONFLICT', 'Someone else changed this household first. Reload it and try again.');

interface HouseholdWork {
  tx: EntityManager;
  beneficiary: Beneficiary;
  household: Household;
  members: HouseholdMember[];
}

/**
 * Runs one change of a beneficiary's household in one database transaction: checks the version
 * read (CONFLICT when stale), makes the household row on the first change, applies `work`
 * (which answers the names of the fields it changed, never their values), raises the version
 * and writes the audit row. A `reject(...)` in `work` changes nothing.
 */
async function changeHousehold<T extends object>(
  em: EntityManager,
  actor: Actor,
  target: { beneficiaryId: number; version: number; action: string },
  work: (w: HouseholdWork) => Promise<T & { audit: Record<string, unknown> | null }>,
) {
  try {
    return await inTransaction(em, async (tx) => {
      const beneficiary = await tx.findOne(Beneficiary, { id: target.beneficiaryId });
      if (!beneficiary) return reject('NOT_FOUND', 'No such beneficiary.', 'beneficiaryId');
      const found = await tx.findOne(Household, { beneficiary: beneficiary.id });
      if ((found?.version ?? 0) !== target.version) throw conflict();
      const household = found ?? tx.create(Household, { beneficiary });
      const members = await tx.find(
        HouseholdMember,
        { beneficiary: beneficiary.id },
        { orderBy: { id: 'asc' } },
      );
      const { audit, ...result } = await work({ tx, beneficiary, household, members });
      // Nothing changed on a household never recorded: no row is made.
      if (!audit && !found) tx.remove(household);
      if (audit) {
        // Raises the version (a new row starts at 1), checked against the one read.
        if (found) household.updatedAt = new Date();
        await tx.flush();
        recordAudit(tx, actor, {
          action: target.action,
          targetType: 'Beneficiary',
          targetId: beneficiary.id,
          after: audit,
        });
      }
      await tx.flush();
      const after = await tx.find(
        HouseholdMember,
        { beneficiary: beneficiary.id },
        { orderBy: { id: 'asc' } },
      );
      const kept = found || audit ? household : null;
      return { ...result, household: toHouseholdType(beneficiary.id, kept, after) };
    });
  } catch (err) {
    if (err instanceof OptimisticLockError || err instanceof UniqueConstraintViolationException) {
      throw conflict();
    }
    throw err;
  }
}

/** A national ID already on a member of this household, or the beneficiary's own. */
function duplicateId(w: HouseholdWork, nationalId: string | null, exceptId?: number) {
  if (!nationalId) return false;
  return (
    w.beneficiary.nationalId === nationalId ||
    w.members.some((m) => m.id !== exceptId && m.nationalId === nationalId)
  );
}

const DUPLICATE_MEMBER = () =>
  reject(
    'DUPLICATE_MEMBER',
    'This national ID is already in the household (or is the beneficiary’s own).',
    'nationalId',
  );

export async function addMember(
  em: EntityManager,
  actor: Actor,
  input: MemberFields & { beneficiaryId: number; version: number },
) {
  const { values, errors } = memberValues(input);
  if (errors.length) return fail(...errors);
  return changeHousehold(
    em,
    actor,
    { beneficiaryId: input.beneficiaryId, version: input.version, action: 'household.memberAdd' },
    async (w) => {
      if (duplicateId(w, values.nationalId)) DUPLICATE_MEMBER();
      if (w.members.length >= 40) {
        reject('TOO_MANY_MEMBERS', 'A household holds at most 40 members.', 'fullName');
      }
      const member = w.tx.create(HouseholdMember, { ...values, beneficiary: w.beneficiary });
      await w.tx.flush();
      const fields = MEMBER_FIELDS.filter((k) => values[k] != null && values[k] !== false);
      return { member, audit: { member: member.id, fields } };
    },
  );
}

/** The member and its beneficiary, or NOT_FOUND as a payload error. */
async function memberOf(em: EntityManager, memberId: number) {
  return em.fork().findOne(HouseholdMember, { id: memberId });
}

export async function updateMember(
  em: EntityManager,
  actor: Actor,
  input: MemberFields & { memberId: number; version: number },
) {
  const { values, errors } = memberValues(input);
  if (errors.length) return fail(...errors);
  const found = await memberOf(em, input.memberId);
  if (!found) return fail(userError('NOT_FOUND', 'No such household member.', 'memberId'));
  return changeHousehold(
    em,
    actor,
    {
      beneficiaryId: found.beneficiary.id,
      version: input.version,
      action: 'household.memberUpdate',
    },
    async (w) => {
      const member = w.members.find((m) => m.id === input.memberId);
      if (!member) return reject('NOT_FOUND', 'No such household member.', 'memberId');
      if (duplicateId(w, values.nationalId, member.id)) DUPLICATE_MEMBER();
      const changed = MEMBER_FIELDS.filter((k) => member[k] !== values[k]);
      Object.assign(member, values);
      return { member, audit: changed.length ? { member: member.id, changed } : null };
    },
  );
}

export async function removeMember(
  em: EntityManager,
  actor: Actor,
  input: { memberId: number; version: number },
) {
  const found = await memberOf(em, input.memberId);
  if (!found) return fail(userError('NOT_FOUND', 'No such household member.', 'memberId'));
  return changeHousehold(
    em,
    actor,
    {
      beneficiaryId: found.beneficiary.id,
      version: input.version,
      action: 'household.memberRemove',
    },
    async (w) => {
      const member = w.members.find((m) => m.id === input.memberId);
      if (!member) return reject('NOT_FOUND', 'No such household member.', 'memberId');
      w.tx.remove(member);
      return { audit: { member: member.id } };
    },
  );
}

export async function setCircumstances(
  em: EntityManager,
  actor: Actor,
  input: CircumstancesInput & { beneficiaryId: number; version: number },
) {
  const change = circumstancesChange(input);
  if (!change.ok) return change;
  return changeHousehold(
    em,
    actor,
    { beneficiaryId: input.beneficiaryId, version: input.version, action: 'household.set' },
    async (w) => {
      const changed = (Object.keys(change.values) as (keyof typeof change.values)[]).filter(
        (k) => (w.household[k] ?? null) !== (change.values[k] ?? null),
      );
      Object.assign(w.household, change.values);
      return { audit: changed.length ? { changed: changed.map((k) => change.names[k]) } : null };
    },
  );
}

/** The household of a beneficiary as the API shows it (empty when nothing is recorded). */
export async function householdOf(
  em: EntityManager,
  beneficiaryId: number,
): Promise<HouseholdType> {
  const [household, members] = await Promise.all([
    em.findOne(Household, { beneficiary: beneficiaryId }),
    em.find(HouseholdMember, { beneficiary: beneficiaryId }, { orderBy: { id: 'asc' } }),
  ]);
  return toHouseholdType(beneficiaryId, household, members);
}
