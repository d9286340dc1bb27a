import { ref } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toUserType, UserType } from '../accounts/accounts.types.js';
import { notePersonalDataRead } from '../beneficiaries/personal-data-reads.js';
import { BeneficiaryType, toBeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { workingCalendar } from '../calendar/calendar.service.js';
import { Channel } from '../policy/channel.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import type { Transaction } from './transaction.entity.js';
import { TransactionAction, TransactionEventKind, TransactionStatus } from './transaction.enums.js';
import { eventsOfKinds } from './transaction-timeline.js';
import { beneficiaryDataHash, offeredActions } from './transaction.service.js';
import {
  toTransactionEventType,
  TransactionEventType,
  TransactionType,
} from './transaction.types.js';

/** Relations and derived fields of a transaction, batched through MikroORM's dataloader. */
@Resolver(() => TransactionType)
export class TransactionFieldsResolver {
  @FieldResolver(() => BeneficiaryType, {
    description: 'The beneficiary (personal data; the read is audited).',
  })
  async beneficiary(@Root() t: Transaction, @Ctx() ctx: Context): Promise<BeneficiaryType> {
    const b = await ref(t.beneficiary).loadOrFail({ dataloader: true });
    notePersonalDataRead(ctx, b.id);
    return toBeneficiaryType(b);
  }

  @FieldResolver(() => Channel, { description: 'The channel it came in by.' })
  channel(@Root() t: Transaction): Promise<Channel> {
    return ref(t.channel).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => HandlingStep, { description: 'The step it is at.' })
  currentStep(@Root() t: Transaction): Promise<HandlingStep> {
    return ref(t.currentStep).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => PolicyVersion, {
    description: 'The policy version it is handled under (its steps are this transaction’s steps).',
  })
  policyVersion(@Root() t: Transaction): Promise<PolicyVersion> {
    return ref(t.policyVersion).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Int, { description: 'Number of the policy version it is handled under.' })
  async policyVersionNumber(@Root() t: Transaction): Promise<number> {
    return (await ref(t.policyVersion).loadOrFail({ dataloader: true })).number;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who is working on it now.' })
  async assignee(@Root() t: Transaction): Promise<UserType | null> {
    if (!t.assignee) return null;
    return toUserType(await ref(t.assignee).loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => Boolean, {
    description: 'True while awaiting the committee past its due date.',
  })
  committeeOverdue(@Root() t: Transaction): boolean {
    return (
      t.status === TransactionStatus.AWAITING_COMMITTEE &&
      !!t.committeeDueAt &&
      t.committeeDueAt < new Date()
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working days (Sunday–Thursday, holidays skipped) from today to the committee’s due date, its day included: 0 when due today, negative when overdue; while deferred, as the clock stopped. Null when not before the committee. Readable by whoever reads the transaction.',
  })
  async committeeWorkingDaysLeft(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    const waiting = t.status === TransactionStatus.AWAITING_COMMITTEE;
    const deferred = t.status === TransactionStatus.DEFERRED;
    if (!t.committeeDueAt || !(waiting || deferred)) return null;
    const from = deferred && t.deferredAt ? t.deferredAt : new Date();
    return (await workingCalendar(ctx.em)).workingDaysBetween(from, t.committeeDueAt);
  }

  @FieldResolver(() => Boolean, {
    description: 'True while referred past the research’s due date (referralDueAt).',
  })
  referralOverdue(@Root() t: Transaction): boolean {
    return (
      t.status === TransactionStatus.REFERRED && !!t.referralDueAt && t.referralDueAt < new Date()
    );
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Working days (Sunday–Thursday, holidays skipped) from today to the research’s due date, its day included: 0 when due today, negative when overdue. Null when not referred. Readable by whoever reads the transaction.',
  })
  async referralWorkingDaysLeft(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    if (t.status !== TransactionStatus.REFERRED || !t.referralDueAt) return null;
    return (await workingCalendar(ctx.em)).workingDaysBetween(new Date(), t.referralDueAt);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Null before step 4; then whether the beneficiary’s data still matches what was attested.',
  })
  async attestationCurrent(@Root() t: Transaction): Promise<boolean | null> {
    if (!t.attestedDataHash) return null;
    const b = await ref(t.beneficiary).loadOrFail({ dataloader: true });
    return beneficiaryDataHash(b) === t.attestedDataHash;
  }

  @FieldResolver(() => [TransactionEventType], { description: 'The timeline, oldest first.' })
  async timeline(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [TransactionEventKind], {
      nullable: true,
      description:
        'Only the events of these kinds (a queue asks for the latest referral or deferral of each row).',
    })
    kinds: TransactionEventKind[] | null,
  ): Promise<TransactionEventType[]> {
    const events = kinds?.length
      ? await eventsOfKinds(ctx.em, t, kinds)
      : (await t.events.load({ dataloader: true })).getItems();
    return events.map(toTransactionEventType);
  }

  @FieldResolver(() => [TransactionAction], {
    description: 'The actions the caller may take now.',
  })
  async availableActions(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
  ): Promise<TransactionAction[]> {
    if (!ctx.user) return [];
    const step = await ref(t.currentStep).loadOrFail({ dataloader: true });
    return offeredActions(ctx.em, t, step, ctx.user);
  }
}
