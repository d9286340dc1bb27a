import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import {
  SortDirection,
  TransactionEventKind,
  TransactionSortField,
  TransactionStatus,
  TransactionType as TransactionTypeEnum,
} from './transaction.enums.js';
import type { TransactionView } from './transaction-view.entity.js';

const READ = 'Readable by whoever reads the view.';

/** GraphQL `TransactionViewEventCondition`: a saved `TransactionEventCondition`. */
@ObjectType({
  description: `The event condition of a saved filter (TransactionEventCondition). ${READ}`,
})
export class TransactionViewEventCondition {
  @Field(() => [TransactionEventKind], { nullable: true, description: 'Any of these kinds.' })
  kinds!: TransactionEventKind[] | null;

  @Field(() => String, { nullable: true, description: 'At this step (key).' })
  stepKey!: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  to!: Date | null;

  @Field(() => String, { nullable: true, description: 'A referral giving this reason (key).' })
  referralReasonKey!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A committee decision made late (true) or on time (false).',
  })
  late!: boolean | null;
}

/**
 * GraphQL `TransactionViewFilter`: a saved `TransactionFilter`, field for field, so the list can
 * be asked for with it again.
 */
@ObjectType({
  description: `The filter a view saved: the fields of TransactionFilter that it sets. ${READ}`,
})
export class TransactionViewFilter {
  @Field(() => [TransactionStatus], { nullable: true, description: 'Any of these statuses.' })
  status!: TransactionStatus[] | null;

  @Field(() => TransactionTypeEnum, { nullable: true, description: 'This type.' })
  type!: TransactionTypeEnum | null;

  @Field(() => String, { nullable: true, description: 'Current step key.' })
  stepKey!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the reader.' })
  assignedToMe!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those past their committee due date.',
  })
  committeeOverdue!: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this beneficiary’s.' })
  beneficiaryId!: string | null;

  @Field(() => String, { nullable: true, description: 'Reference, or its beginning.' })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: 'The search text.' })
  search!: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the channel.' })
  channelKey!: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those assigned to this user.' })
  assigneeId!: string | null;

  @Field(() => Date, { nullable: true, description: 'Opened at or after this time.' })
  openedFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Opened before this time (exclusive).' })
  openedTo!: Date | null;

  @Field(() => TransactionViewEventCondition, {
    nullable: true,
    description: 'Had a timeline event like this.',
  })
  event!: TransactionViewEventCondition | null;
}

@ObjectType({ description: `The order a view saved (TransactionSort). ${READ}` })
export class TransactionViewSort {
  @Field(() => TransactionSortField, { description: 'The field.' })
  field!: TransactionSortField;

  @Field(() => SortDirection, { description: 'The direction.' })
  direction!: SortDirection;
}

/** GraphQL `TransactionView` (the entity `TransactionView` keeps the plain name). */
@ObjectType('TransactionView', {
  description:
    'A named view of the transactions list: its filter and order. Access: its owner; once shared, all staff, researchers, committee members and managers.',
})
export class TransactionViewType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => TransactionViewFilter, { description: 'The filter it applies (empty: none).' })
  filter!: TransactionViewFilter;

  @Field(() => TransactionViewSort, {
    nullable: true,
    description: 'Its order; null: newest first.',
  })
  sort!: TransactionViewSort | null;

  @Field(() => Boolean, { description: 'Listed for all staff, not only for its owner.' })
  shared!: boolean;

  @Field(() => Boolean, { description: 'The reader owns it.' })
  mine!: boolean;

  @Field(() => Boolean, {
    description:
      'The reader may rename, share or delete it: its owner, or a manager once it is shared.',
  })
  canEdit!: boolean;

  @Field(() => String, { description: 'Its owner’s display name.' })
  ownerDisplayName!: string;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

export const TransactionViewConnection = Connection(TransactionViewType, 'TransactionView');

@ObjectType({ description: 'Result of transactionViewCreate.' })
export class TransactionViewCreatePayload {
  @Field(() => TransactionViewType, { nullable: true, description: 'The view, unless errors.' })
  view!: TransactionViewType | null;

  @Field(() => [UserError], { description: 'Problems; nothing was saved when there are any.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of transactionViewRename.' })
export class TransactionViewRenamePayload {
  @Field(() => TransactionViewType, { nullable: true, description: 'The view, unless errors.' })
  view!: TransactionViewType | null;

  @Field(() => [UserError], { description: 'Problems; nothing changed when there are any.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of transactionViewShare.' })
export class TransactionViewSharePayload {
  @Field(() => TransactionViewType, { nullable: true, description: 'The view, unless errors.' })
  view!: TransactionViewType | null;

  @Field(() => [UserError], { description: 'Problems; nothing changed when there are any.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of transactionViewDelete.' })
export class TransactionViewDeletePayload {
  @Field(() => ID, { nullable: true, description: 'The deleted view’s id, unless errors.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Problems; nothing was deleted when there are any.' })
  errors!: UserError[];
}

const date = (v: unknown) => (typeof v === 'string' ? new Date(v) : null);

/** A stored filter (JSON, only the conditions set) as GraphQL `TransactionViewFilter`. */
function toViewFilter(json: string): TransactionViewFilter {
  const f = JSON.parse(json) as Record<string, unknown> & { event?: Record<string, unknown> };
  const e = f.event;
  return {
    status: (f.status as TransactionStatus[] | undefined) ?? null,
    type: (f.type as TransactionTypeEnum | undefined) ?? null,
    stepKey: (f.stepKey as string | undefined) ?? null,
    assignedToMe: (f.assignedToMe as boolean | undefined) ?? null,
    committeeOverdue: (f.committeeOverdue as boolean | undefined) ?? null,
    beneficiaryId: (f.beneficiaryId as string | undefined) ?? null,
    reference: (f.reference as string | undefined) ?? null,
    search: (f.search as string | undefined) ?? null,
    channelKey: (f.channelKey as string | undefined) ?? null,
    assigneeId: (f.assigneeId as string | undefined) ?? null,
    openedFrom: date(f.openedFrom),
    openedTo: date(f.openedTo),
    event: e
      ? {
          kinds: (e.kinds as TransactionEventKind[] | undefined) ?? null,
          stepKey: (e.stepKey as string | undefined) ?? null,
          from: date(e.from),
          to: date(e.to),
          referralReasonKey: (e.referralReasonKey as string | undefined) ?? null,
          late: (e.late as boolean | undefined) ?? null,
        }
      : null,
  };
}

/** The view as its reader sees it (`canEdit` from the service's rule). */
export function toTransactionViewType(
  view: TransactionView,
  readerId: number,
  canEdit: boolean,
): TransactionViewType {
  return {
    id: String(view.id),
    name: view.name,
    filter: toViewFilter(view.filter),
    sort: view.sort ? (JSON.parse(view.sort) as TransactionViewSort) : null,
    shared: view.shared,
    mine: view.owner.id === readerId,
    canEdit,
    ownerDisplayName: view.owner.displayName,
    updatedAt: view.updatedAt,
  };
}
