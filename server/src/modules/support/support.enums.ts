import { describeEnum } from '../common/enums.js';

export enum SupportUnit {
  SAR = 'SAR',
  ITEM = 'ITEM',
  SESSION = 'SESSION',
}
describeEnum(SupportUnit, 'SupportUnit', 'What a support type is counted in.', {
  SAR: 'Saudi riyals (cash, rent, bills).',
  ITEM: 'Items handed over (food baskets, devices).',
  SESSION: 'Sessions attended (training, counselling).',
});

export enum SupportFrequency {
  ONCE = 'ONCE',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}
describeEnum(SupportFrequency, 'SupportFrequency', 'How often an approved support is given.', {
  ONCE: 'Once.',
  MONTHLY: 'Every month of the validity.',
  QUARTERLY: 'Every three months of the validity.',
  YEARLY: 'Every twelve months of the validity.',
});

/** Months between two deliveries of each frequency (ONCE: the whole validity). */
const MONTHS_APART: Record<SupportFrequency, number | null> = {
  ONCE: null,
  MONTHLY: 1,
  QUARTERLY: 3,
  YEARLY: 12,
};

/** How many deliveries an award of `frequency` over `validityMonths` makes. */
export const occurrencesOf = (frequency: SupportFrequency, validityMonths: number): number => {
  const apart = MONTHS_APART[frequency];
  return apart === null ? 1 : Math.max(1, Math.ceil(validityMonths / apart));
};

export enum Acknowledgement {
  SIGNATURE = 'SIGNATURE',
  RECEIPT = 'RECEIPT',
}
describeEnum(Acknowledgement, 'Acknowledgement', 'How the recipient acknowledged a delivery.', {
  SIGNATURE: 'Signed on screen (kept as a PNG on the beneficiary’s file).',
  RECEIPT: 'A signed receipt, scanned (PDF, PNG or JPEG on the beneficiary’s file).',
});

export enum AwardStage {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REGISTERED = 'REGISTERED',
  DELIVERED = 'DELIVERED',
}
describeEnum(AwardStage, 'AwardStage', 'Where an award stands.', {
  PROPOSED: 'Recorded by the committee; the decision is not taken yet.',
  APPROVED: 'Approved by the committee (step 5); registration follows.',
  REGISTERED: 'Registered with a validity (step 6); deliveries are recorded at step 7.',
  DELIVERED: 'Everything approved was delivered.',
});
