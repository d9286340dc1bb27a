import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { OFFICER_ROLES, PERSONAL_DATA_ROLES } from '../common/role.js';
import { parseId } from '../common/input.js';
import {
  BeneficiariesArgs,
  BeneficiaryCreateInput,
  BeneficiaryUpdateInput,
} from './beneficiary.inputs.js';
import {
  createBeneficiary,
  findBeneficiary,
  listBeneficiaries,
  updateBeneficiary,
} from './beneficiary.service.js';
import {
  BeneficiaryConnection,
  BeneficiaryCreatePayload,
  BeneficiaryType,
  BeneficiaryUpdatePayload,
  toBeneficiaryPayload,
  toBeneficiaryType,
} from './beneficiary.types.js';

@Resolver()
export class BeneficiaryResolver {
  @Access(PERSONAL_DATA_ROLES)
  @Query(() => BeneficiaryConnection, {
    description:
      'Beneficiaries, newest first, optionally searched by name (Arabic letter forms folded), national ID prefix or mobile. Every beneficiary returned is recorded in the audit trail. Access: staff, researcher, committee, manager.',
  })
  beneficiaries(@Args() { search, first, after }: BeneficiariesArgs, @Ctx() ctx: Context) {
    return listBeneficiaries(ctx.em, ctx, search, { first, after });
  }

  @Access(PERSONAL_DATA_ROLES)
  @Query(() => BeneficiaryType, {
    nullable: true,
    description:
      'One beneficiary; the read is recorded in the audit trail. Access: staff, researcher, committee, manager.',
  })
  async beneficiary(
    @Arg('id', () => ID, { description: 'The beneficiary.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryType | null> {
    const found = await findBeneficiary(ctx.em, ctx, parseId(id));
    return found ? toBeneficiaryType(found) : null;
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => BeneficiaryCreatePayload, {
    description:
      'Registers a beneficiary. A national ID already registered is refused (DUPLICATE_NATIONAL_ID) and the existing record returned. Access: staff, manager.',
  })
  async beneficiaryCreate(
    @Arg('input', () => BeneficiaryCreateInput, { description: 'The beneficiary.' })
    input: BeneficiaryCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryCreatePayload> {
    return toBeneficiaryPayload(await createBeneficiary(ctx.em, actorOf(ctx), ctx, input));
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => BeneficiaryUpdatePayload, {
    description: 'Changes a beneficiary’s details (not the national ID). Access: staff, manager.',
  })
  async beneficiaryUpdate(
    @Arg('input', () => BeneficiaryUpdateInput, { description: 'The changes.' })
    input: BeneficiaryUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryUpdatePayload> {
    const { id, ...changes } = input;
    return toBeneficiaryPayload(
      await updateBeneficiary(ctx.em, actorOf(ctx), parseId(id), changes),
    );
  }
}
