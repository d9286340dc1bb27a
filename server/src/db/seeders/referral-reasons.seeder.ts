import type { EntityManager } from '@mikro-orm/core';
import { text } from '../../modules/common/localized-text.js';
import {
  defaultReferralReasons,
  ReferralReason,
} from '../../modules/transactions/referral-reason.entity.js';

/** Loads the default referral reasons when the list is empty (idempotent). */
export async function loadReferralReasons(em: EntityManager): Promise<void> {
  if ((await em.count(ReferralReason, {})) > 0) return;
  for (const r of defaultReferralReasons) {
    em.create(ReferralReason, { key: r.key, label: text({ ar: r.ar, en: r.en }) });
  }
  await em.flush();
}
