import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import type { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { notePersonalDataRead } from '../beneficiaries/personal-data-reads.js';
import { DAY_MS, riyadhDay } from '../calendar/working-days.js';
import { Access } from '../common/access.js';
import type { ConnectionShape } from '../common/connection.js';
import { parseId } from '../common/input.js';
import { kindsOf } from '../common/kinds.js';
import { ALL_ROLES, OFFICER_ROLES, PERSONAL_DATA_ROLES, Role } from '../common/role.js';
import { caller, closing } from '../transactions/transaction-caller.js';
import type { Transaction } from '../transactions/transaction.entity.js';
import { targetOf } from '../transactions/transaction.inputs.js';
import { TransactionType } from '../transactions/transaction.types.js';
import type { SupportAward } from './support-award.entity.js';
import { SupportType } from './support-type.entity.js';
import {
  SupportAwardProposeInput,
  SupportDeliveryRecordInput,
  SupportRenewalsArgs,
  SupportTypeSaveInput,
} from './support.inputs.js';
import {
  awardOf,
  deliveriesOf,
  givenLastYear,
  recentDeliveries,
  renewalsPage,
} from './support.repository.js';
import {
  AWARD_PROPOSERS,
  proposeAward,
  recordDelivery,
  saveSupportType,
  SUPPORT_TYPE_EDITORS,
} from './support.service.js';
import {
  SupportAwardProposePayload,
  SupportAwardType,
  SupportDeliveryRecordPayload,
  SupportDeliveryType,
  SupportGiven,
  SupportRenewal,
  SupportRenewalConnection,
  SupportTypeSavePayload,
  SupportTypeType,
  toSupportAwardType,
  toSupportDeliveryType,
  toSupportGiven,
  toSupportTypeType,
} from './support.types.js';

/** Who sees the renewal list: those who register and deliver, the committee, managers. */
const RENEWAL_READERS: readonly Role[] = [...OFFICER_ROLES, Role.COMMITTEE];

/** Support types, what the committee approves, the deliveries, and the renewal list. */
@Resolver(() => SupportAwardType)
export class SupportResolver {
  @Access(ALL_ROLES)
  @Query(() => [SupportTypeType], {
    description:
      'The kinds of support the association gives, in order (not personal data). Access: any signed-in user.',
  })
  async supportTypes(
    @Arg('includeInactive', () => Boolean, {
      defaultValue: false,
      description: 'Include the types no longer offered.',
    })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<SupportTypeType[]> {
    return (await kindsOf(ctx.em, SupportType, includeInactive)).map(toSupportTypeType);
  }

  @Access(SUPPORT_TYPE_EDITORS)
  @Mutation(() => SupportTypeSavePayload, {
    description:
      'Adds a support type (no id) or changes one (name, unit, recent-delivery window, whether it is offered); audited. Access: manager, admin.',
  })
  async supportTypeSave(
    @Arg('input', () => SupportTypeSaveInput, { description: 'The type.' })
    input: SupportTypeSaveInput,
    @Ctx() ctx: Context,
  ): Promise<SupportTypeSavePayload> {
    const r = await saveSupportType(ctx.em, actorOf(ctx), caller(ctx), {
      ...input,
      id: input.id != null ? parseId(input.id) : null,
    });
    return r.ok
      ? { supportType: toSupportTypeType(r.supportType), errors: [] }
      : { supportType: null, errors: r.errors };
  }

  @Access(AWARD_PROPOSERS)
  @Mutation(() => SupportAwardProposePayload, {
    description:
      'Records, or changes, what the committee is to approve on a support request awaiting it; the approval makes it so. Audited. Access: committee, manager.',
  })
  async supportAwardPropose(
    @Arg('input', () => SupportAwardProposeInput, { description: 'What is approved.' })
    input: SupportAwardProposeInput,
    @Ctx() ctx: Context,
  ): Promise<SupportAwardProposePayload> {
    const r = await proposeAward(ctx.em, actorOf(ctx), caller(ctx), {
      ...input,
      transactionId: parseId(input.transactionId, 'transactionId'),
    });
    return r.ok
      ? { award: toSupportAwardType(r.award), errors: [] }
      : { award: null, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => SupportDeliveryRecordPayload, {
    description:
      'Records one delivery of the registered award (step 7) with the recipient’s acknowledgement; the one completing it closes the transaction. Access: staff, manager.',
  })
  supportDeliveryRecord(
    @Arg('input', () => SupportDeliveryRecordInput, { description: 'The delivery.' })
    input: SupportDeliveryRecordInput,
    @Ctx() ctx: Context,
  ): Promise<SupportDeliveryRecordPayload> {
    return closing(
      ctx,
      recordDelivery(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        deliveredOn: input.deliveredOn,
        quantity: input.quantity,
        items: input.items,
        acknowledgement: input.acknowledgement,
        receiptDocumentId: parseId(input.receiptDocumentId, 'receiptDocumentId'),
        checkedItems: input.checkedItems,
      }),
    );
  }

  @Access(RENEWAL_READERS)
  @Query(() => SupportRenewalConnection, {
    description:
      'Registrations about to lapse (or just lapsed), soonest first: the renewal list. Personal data (names; the read is audited). Access: staff, committee, manager.',
  })
  async supportRenewals(
    @Args(() => SupportRenewalsArgs) args: SupportRenewalsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<SupportRenewal>> {
    const page = await renewalsPage(ctx.em, args.withinDays, {
      first: args.first,
      after: args.after,
    });
    const today = Date.parse(`${riyadhDay(new Date())}T00:00:00Z`);
    notePersonalDataRead(ctx, ...page.edges.map((e) => e.node.beneficiary.id));
    return {
      ...page,
      edges: page.edges.map(({ node: a, cursor }) => ({
        cursor,
        node: {
          id: String(a.id),
          award: toSupportAwardType(a),
          transactionReference: (a.transaction as Transaction).reference,
          beneficiaryId: String(a.beneficiary.id),
          beneficiaryName: (a.beneficiary as Beneficiary).fullName,
          daysLeft: Math.round((Date.parse(`${a.validUntil}T00:00:00Z`) - today) / DAY_MS),
        },
      })),
    };
  }

  @FieldResolver(() => [SupportDeliveryType], {
    description: 'Its deliveries, newest first.',
  })
  async deliveries(
    @Root() award: SupportAwardType,
    @Ctx() ctx: Context,
  ): Promise<SupportDeliveryType[]> {
    return (await deliveriesOf(ctx.em, award.awardId)).map(toSupportDeliveryType);
  }
}

/** A transaction's award, and what its beneficiary was given: the committee's page reads them. */
@Resolver(() => TransactionType)
export class TransactionSupportResolver {
  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => SupportAwardType, {
    nullable: true,
    description:
      'What the committee approves or approved on it (null when nothing is recorded). Access: staff, researcher, committee, manager.',
  })
  async supportAward(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
  ): Promise<SupportAwardType | null> {
    const award: SupportAward | null = await awardOf(ctx.em, t.id);
    return award && toSupportAwardType(award);
  }

  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => [SupportGiven], {
    description:
      'What the beneficiary was given over the last 12 months, by support type (personal data; audited). Access: staff, researcher, committee, manager.',
  })
  async supportGivenLastYear(@Root() t: Transaction, @Ctx() ctx: Context): Promise<SupportGiven[]> {
    notePersonalDataRead(ctx, t.beneficiary.id);
    return (await givenLastYear(ctx.em, t.beneficiary.id)).map(toSupportGiven);
  }

  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => [SupportDeliveryType], {
    description:
      'Deliveries to the beneficiary on other transactions within their support type’s recent window, newest first (at most 20): the committee is warned when it approves the same support again. Access: staff, researcher, committee, manager.',
  })
  async recentSupport(@Root() t: Transaction, @Ctx() ctx: Context): Promise<SupportDeliveryType[]> {
    notePersonalDataRead(ctx, t.beneficiary.id);
    const award = await awardOf(ctx.em, t.id);
    return (await recentDeliveries(ctx.em, t.beneficiary.id, award?.id ?? null)).map(
      toSupportDeliveryType,
    );
  }
}
