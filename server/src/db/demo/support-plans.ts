/**
 * The seeded support types as the demo gives them (support.ts): how often each is chosen, the
 * quantity each time, how often it is given monthly rather than once, and what an officer
 * writes of a delivery.
 */
import type { EntityManager } from '@mikro-orm/core';
import { DocumentType } from '../../modules/documents/document-type.entity.js';
import { SupportType } from '../../modules/support/support-type.entity.js';
import { RECEIPT_TYPE_KEY } from '../../modules/support/support.service.js';
import type { Random } from './random.js';

/** How the association gives each seeded support type: how often chosen, how much, how often. */
export interface Plan {
  weight: number;
  quantity: (rnd: Random) => number;
  /** The share of awards given monthly (the rest once). */
  monthly: number;
  /** What an officer writes of a delivery. */
  items: readonly string[];
}

const PLANS: Record<string, Plan> = {
  CASH: {
    weight: 20,
    quantity: (rnd) => 100 * rnd.int(5, 30),
    monthly: 0.4,
    items: ['تحويل بنكي إلى حساب المستفيد', 'بطاقة شرائية', 'شيك باسم المستفيد'],
  },
  FOOD_BASKET: {
    weight: 28,
    quantity: (rnd) => rnd.int(1, 2),
    monthly: 0.7,
    items: ['سلة غذائية (أرز، سكر، زيت، طحين، بقوليات)', 'سلة غذائية وتمور'],
  },
  RENT: {
    weight: 14,
    quantity: (rnd) => 500 * rnd.int(12, 30),
    monthly: 0,
    items: ['سداد الإيجار للمؤجر بتحويل بنكي', 'سداد الإيجار عبر منصة إيجار'],
  },
  BILLS: {
    weight: 18,
    quantity: (rnd) => 50 * rnd.int(6, 18),
    monthly: 0.5,
    items: ['سداد فاتورة الكهرباء', 'سداد فاتورة المياه', 'سداد فاتورتي الكهرباء والمياه'],
  },
  DEVICES: {
    weight: 10,
    quantity: () => 1,
    monthly: 0,
    items: ['ثلاجة', 'غسالة ملابس', 'مكيف سبليت', 'فرن غاز'],
  },
  TRAINING: {
    weight: 10,
    quantity: (rnd) => rnd.int(4, 12),
    monthly: 0.3,
    items: ['دورة الحاسب الآلي', 'دورة الخياطة والتفصيل', 'دورة المحاسبة الأساسية'],
  },
};

export interface DemoSupportType {
  id: number;
  key: string;
  nameEn: string;
  plan: Plan;
}

/** The seeded support types on offer, weighted, and the receipts' document type (or none). */
export async function demoSupport(em: EntityManager) {
  const types = await em.find(
    SupportType,
    { key: { $in: Object.keys(PLANS) }, active: true },
    { orderBy: { position: 'asc' } },
  );
  const receipt = await em.findOne(DocumentType, { key: RECEIPT_TYPE_KEY });
  return {
    // No award without a receipt type: its deliveries could not be acknowledged.
    types: receipt
      ? types.map((t): readonly [DemoSupportType, number] => {
          const plan = PLANS[t.key]!;
          return [{ id: t.id, key: t.key, nameEn: t.name.en, plan }, plan.weight];
        })
      : [],
    receiptType: receipt?.id ?? 0,
  };
}
