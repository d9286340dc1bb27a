import { EntityRepository, type FilterQuery } from '@mikro-orm/core';
import { foldArabic } from '../common/arabic.js';
import { paginate, type PageArgs } from '../common/connection.js';
import { likeSafe } from '../common/input.js';
import type { FeedbackItem } from './feedback-item.entity.js';
import type { ImprovementAction } from './improvement-action.entity.js';
import type { ImprovementStatus } from './feedback.enums.js';
import type { FeedbackFilter } from './feedback.inputs.js';
import { toFeedbackItem, toImprovementAction } from './feedback.types.js';

/** What the API shows of an item needs these relations loaded. */
export const FEEDBACK_POPULATE = ['transaction', 'assignee', 'answeredByPolicy'] as const;

/** The conditions of a filter; `viewerId` is who asks (for `assignedToMe`). */
export function feedbackWhere(
  filter: FeedbackFilter | null,
  viewerId: number | null,
): FilterQuery<FeedbackItem> {
  const and: FilterQuery<FeedbackItem>[] = [];
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.assignedToMe) and.push({ assignee: viewerId });
  if (filter?.answeredByPolicyVersion != null) {
    and.push({ answeredByPolicy: { number: filter.answeredByPolicyVersion } });
  }
  const term = filter?.search?.trim();
  if (term) {
    // Every word must appear (Arabic letter forms folded), or the term is a reference.
    const words = likeSafe(foldArabic(term)).split(' ').filter(Boolean).slice(0, 6);
    and.push({
      $or: [
        { reference: { $like: `%${likeSafe(term.toUpperCase())}%` } },
        { $and: words.map((w) => ({ searchText: { $like: `%${w}%` } })) },
      ],
    });
  }
  return and.length ? { $and: and } : {};
}

/** Suggestions and complaints: the board's list. */
export class FeedbackItemRepository extends EntityRepository<FeedbackItem> {
  /** A page of the items matching `filter`, newest first. */
  page(filter: FeedbackFilter | null, args: PageArgs, viewerId: number | null) {
    return paginate(this, feedbackWhere(filter, viewerId), args, toFeedbackItem, {
      order: 'desc',
      populate: FEEDBACK_POPULATE,
    });
  }
}

/** Improvement actions opened by low ratings. */
export class ImprovementActionRepository extends EntityRepository<ImprovementAction> {
  /** A page of them (of one status, when given), oldest opened first; the total over all pages. */
  page(status: ImprovementStatus | null, args: PageArgs) {
    return paginate(this, status ? { status } : {}, args, toImprovementAction, {
      order: 'asc',
      populate: ['response.invitation.transaction'],
    });
  }
}
