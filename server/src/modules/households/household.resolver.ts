import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { parseId } from '../common/input.js';
import type { Result } from '../common/payload.js';
import { PERSONAL_DATA_ROLES, Role } from '../common/role.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { notePersonalDataRead } from '../beneficiaries/personal-data-reads.js';
import type { HouseholdMember } from './household.entity.js';
import {
  HouseholdCircumstancesSetInput,
  HouseholdMemberAddInput,
  HouseholdMemberRemoveInput,
  HouseholdMemberUpdateInput,
} from './household.inputs.js';
import {
  addMember,
  householdOf,
  removeMember,
  setCircumstances,
  updateMember,
} from './household.service.js';
import {
  HouseholdCircumstancesSetPayload,
  HouseholdMemberAddPayload,
  HouseholdMemberRemovePayload,
  HouseholdMemberUpdatePayload,
  HouseholdType,
  toHouseholdMemberType,
} from './household.types.js';

/**
 * Who records a household: the officers who receive the beneficiary, and the social researcher
 * who verifies it (step 3).
 */
export const HOUSEHOLD_EDITORS = [Role.STAFF, Role.RESEARCHER, Role.MANAGER];

type Changed = Result<{ household: HouseholdType; member?: HouseholdMember }>;

/** A change's payload; returning the household is a personal-data read (audited). */
function payload(ctx: Context, result: Changed) {
  if (!result.ok) return { household: null, member: null, errors: result.errors };
  notePersonalDataRead(ctx, Number(result.household.id));
  return {
    household: result.household,
    member: result.member ? toHouseholdMemberType(result.member) : null,
    errors: [],
  };
}

@Resolver(() => BeneficiaryType)
export class HouseholdResolver {
  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => HouseholdType, {
    description:
      'The household and its circumstances (personal data; the read is audited). Access: staff, researcher, committee, manager.',
  })
  household(@Root() b: BeneficiaryType, @Ctx() ctx: Context): Promise<HouseholdType> {
    notePersonalDataRead(ctx, Number(b.id));
    return householdOf(ctx.em, Number(b.id));
  }

  @Access(HOUSEHOLD_EDITORS)
  @Mutation(() => HouseholdMemberAddPayload, {
    description:
      'Adds a member to a beneficiary’s household (national ID or residence number checked). Audited with the field names given, never their values. Access: staff, researcher, manager.',
  })
  async householdMemberAdd(
    @Arg('input', () => HouseholdMemberAddInput, { description: 'The member.' })
    input: HouseholdMemberAddInput,
    @Ctx() ctx: Context,
  ): Promise<HouseholdMemberAddPayload> {
    const { beneficiaryId, ...fields } = input;
    return payload(
      ctx,
      await addMember(ctx.em, actorOf(ctx), {
        ...fields,
        beneficiaryId: parseId(beneficiaryId, 'beneficiaryId'),
      }),
    );
  }

  @Access(HOUSEHOLD_EDITORS)
  @Mutation(() => HouseholdMemberUpdatePayload, {
    description:
      'Changes a household member’s details. Audited with the names of the fields changed, never their values. Access: staff, researcher, manager.',
  })
  async householdMemberUpdate(
    @Arg('input', () => HouseholdMemberUpdateInput, { description: 'The member’s details.' })
    input: HouseholdMemberUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<HouseholdMemberUpdatePayload> {
    const { memberId, ...fields } = input;
    return payload(
      ctx,
      await updateMember(ctx.em, actorOf(ctx), {
        ...fields,
        memberId: parseId(memberId, 'memberId'),
      }),
    );
  }

  @Access(HOUSEHOLD_EDITORS)
  @Mutation(() => HouseholdMemberRemovePayload, {
    description: 'Removes a household member (audited). Access: staff, researcher, manager.',
  })
  async householdMemberRemove(
    @Arg('input', () => HouseholdMemberRemoveInput, { description: 'The member.' })
    input: HouseholdMemberRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<HouseholdMemberRemovePayload> {
    return payload(
      ctx,
      await removeMember(ctx.em, actorOf(ctx), {
        memberId: parseId(input.memberId, 'memberId'),
        version: input.version,
      }),
    );
  }

  @Access(HOUSEHOLD_EDITORS)
  @Mutation(() => HouseholdCircumstancesSetPayload, {
    description:
      'Sets a household’s housing, national address, and monthly income and expenses by kind. Audited with the names of the fields changed, never their values. Access: staff, researcher, manager.',
  })
  async householdCircumstancesSet(
    @Arg('input', () => HouseholdCircumstancesSetInput, { description: 'The circumstances.' })
    input: HouseholdCircumstancesSetInput,
    @Ctx() ctx: Context,
  ): Promise<HouseholdCircumstancesSetPayload> {
    const { beneficiaryId, ...fields } = input;
    return payload(
      ctx,
      await setCircumstances(ctx.em, actorOf(ctx), {
        ...fields,
        beneficiaryId: parseId(beneficiaryId, 'beneficiaryId'),
      }),
    );
  }
}
