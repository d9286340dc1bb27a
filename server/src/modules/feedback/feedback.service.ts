import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { foldArabic } from '../common/arabic.js';
import { FeedbackItem } from './feedback.entity.js';

/**
 * Logs a suggestion or complaint, whoever it comes from (an officer, the end of a survey): the
 * folded search text is derived here, and the reference FB-<year>-<id> once the id is known.
 */
export async function createFeedbackItem(
  tx: EntityManager,
  fields: Omit<RequiredEntityData<FeedbackItem>, 'reference' | 'searchText'>,
): Promise<FeedbackItem> {
  const item = tx.create(FeedbackItem, {
    ...fields,
    // Replaced below; unique and within the column's 20 characters meanwhile.
    reference: `FB-T${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 20),
    searchText: foldArabic(`${fields.subject} ${fields.body}`),
  });
  await tx.flush();
  item.reference = `FB-${new Date(fields.receivedAt).getUTCFullYear()}-${String(item.id).padStart(6, '0')}`;
  await tx.flush();
  return item;
}
