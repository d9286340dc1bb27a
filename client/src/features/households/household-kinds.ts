import type {
  ExpenseKind,
  HouseholdRelation,
  Housing,
  IncomeKind,
  Occupation,
} from '@/gql/graphql';

/** The server's enums in the order the forms list them. */
export const RELATIONS: readonly HouseholdRelation[] = [
  'SPOUSE',
  'SON',
  'DAUGHTER',
  'FATHER',
  'MOTHER',
  'BROTHER',
  'SISTER',
  'OTHER',
];
export const OCCUPATIONS: readonly Occupation[] = [
  'STUDENT',
  'WORKER',
  'UNEMPLOYED',
  'RETIRED',
  'CHILD',
  'OTHER',
];
export const HOUSING: readonly Housing[] = ['OWNED', 'RENTED', 'FAMILY', 'CHARITY', 'OTHER'];
export const INCOME_KINDS: readonly IncomeKind[] = [
  'SALARY',
  'SOCIAL_SECURITY',
  'PENSION',
  'CITIZEN_ACCOUNT',
  'SUPPORT',
  'OTHER',
];
/** Expenses as the form asks them: RENT is the housing's monthly rent. */
export const EXPENSE_KINDS: readonly Exclude<ExpenseKind, 'RENT'>[] = [
  'UTILITIES',
  'FOOD',
  'EDUCATION',
  'HEALTH',
  'DEBT',
  'OTHER',
];
