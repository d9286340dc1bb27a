import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { OFFICER_ROLES, PERSONAL_DATA_ROLES } from '../accounts/role.js';
import { checkPageSize, decodeCursor, toConnection } from '../common/connection.js';
import { parseId } from '../common/input.js';
import { Beneficiary } from './beneficiary.entity.js';
import { notePersonalDataRead } from './personal-data-reads.js';
import { BeneficiaryCreateInput, BeneficiaryUpdateInput } from './beneficiary.inputs.js';
import {
  createBeneficiary,
  searchFilter,
  updateBeneficiary,
  type BeneficiaryResult,
} from './beneficiary.service.js';
import {
  BeneficiaryConnection,
  BeneficiaryPayload,
  BeneficiaryType,
  toBeneficiaryType,
} from './beneficiary.type.js';

function toPayload(result: BeneficiaryResult): BeneficiaryPayload {
  return result.ok
    ? { beneficiary: toBeneficiaryType(result.beneficiary), existingBeneficiary: null, errors: [] }
    : {
        beneficiary: null,
        existingBeneficiary: result.existing ? toBeneficiaryType(result.existing) : null,
        errors: result.errors,
      };
}

@Resolver()
export class BeneficiaryResolver {
  @Access(PERSONAL_DATA_ROLES)
  @Query(() => BeneficiaryConnection, {
    description:
      'Beneficiaries, newest first, optionally searched by name (Arabic letter forms folded), national ID prefix or mobile. Every beneficiary returned is recorded in the audit trail. Access: staff, researcher, committee, manager.',
  })
  async beneficiaries(
    @Arg('search', () => String, { nullable: true, description: 'Name, national ID or mobile.' })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const where = searchFilter(search);
    const afterId = decodeCursor(after);
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(Beneficiary, afterId ? { $and: [where, { id: { $lt: afterId } }] } : where, {
        orderBy: { id: 'desc' },
        limit: first + 1,
      }),
      ctx.em.count(Beneficiary, where),
    ]);
    const connection = toConnection(rows, { first, after }, totalCount, toBeneficiaryType);
    notePersonalDataRead(ctx, ...rows.slice(0, first).map((r) => r.id));
    return connection;
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
    const found = await ctx.em.findOne(Beneficiary, { id: parseId(id) });
    if (!found) return null;
    notePersonalDataRead(ctx, found.id);
    return toBeneficiaryType(found);
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => BeneficiaryPayload, {
    description:
      'Registers a beneficiary. A national ID already registered is refused (DUPLICATE_NATIONAL_ID) and the existing record returned. Access: staff, manager.',
  })
  async beneficiaryCreate(
    @Arg('input', () => BeneficiaryCreateInput, { description: 'The beneficiary.' })
    input: BeneficiaryCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryPayload> {
    const payload = toPayload(await createBeneficiary(ctx.em, actorOf(ctx), input));
    if (payload.existingBeneficiary) {
      notePersonalDataRead(ctx, Number(payload.existingBeneficiary.id));
    }
    return payload;
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => BeneficiaryPayload, {
    description: 'Changes a beneficiary’s details (not the national ID). Access: staff, manager.',
  })
  async beneficiaryUpdate(
    @Arg('input', () => BeneficiaryUpdateInput, { description: 'The changes.' })
    input: BeneficiaryUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryPayload> {
    const { id, ...changes } = input;
    return toPayload(await updateBeneficiary(ctx.em, actorOf(ctx), parseId(id), changes));
  }
}
