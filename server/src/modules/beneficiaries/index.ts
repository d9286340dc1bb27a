import { Beneficiary } from './beneficiary.entity.js';
import { BeneficiaryResolver } from './beneficiary.resolver.js';

/** Beneficiaries: the people the association serves (personal data, staff roles only). */
export const beneficiariesModule = {
  entities: [Beneficiary],
  resolvers: [BeneficiaryResolver],
} as const;
