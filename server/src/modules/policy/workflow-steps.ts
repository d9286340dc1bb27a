/**
 * The seven handling steps the transactions workflow knows by key (the same in every policy
 * version). A policy version may reorder them between the first and the last, change their
 * texts, checklists and windows, and add plain steps that are completed by their checklist.
 */
export const WORKFLOW_STEP = {
  RECEPTION: 'RECEPTION',
  VERIFICATION: 'VERIFICATION',
  REFERRAL: 'REFERRAL',
  ATTESTATION: 'ATTESTATION',
  COMMITTEE: 'COMMITTEE',
  REGISTRATION: 'REGISTRATION',
  DELIVERY: 'DELIVERY',
} as const;

export const WORKFLOW_STEP_KEYS: readonly string[] = Object.values(WORKFLOW_STEP);

/** Steps with an action of their own; every other step is completed by its checklist. */
export const SPECIAL_STEP_KEYS: readonly string[] = [
  WORKFLOW_STEP.REFERRAL,
  WORKFLOW_STEP.ATTESTATION,
  WORKFLOW_STEP.COMMITTEE,
  WORKFLOW_STEP.DELIVERY,
];
