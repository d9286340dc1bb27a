import { Household, HouseholdMember } from './household.entity.js';
import { HouseholdResolver } from './household.resolver.js';

/** Households: a beneficiary's members and circumstances (personal data, staff roles only). */
export const householdsModule = {
  entities: [Household, HouseholdMember],
  resolvers: [HouseholdResolver],
} as const;
