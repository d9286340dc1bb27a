import type { Household } from './household.entity.js';
import { ExpenseKind, IncomeKind } from './households.enums.js';

type AmountColumn = Exclude<
  { [K in keyof Household]-?: Household[K] extends number ? K : never }[keyof Household],
  undefined | 'id' | 'version'
>;

/** Where each kind of income is kept on the household row. */
export const INCOME_COLUMNS: Record<IncomeKind, AmountColumn> = {
  SALARY: 'incomeSalary',
  SOCIAL_SECURITY: 'incomeSocialSecurity',
  PENSION: 'incomePension',
  CITIZEN_ACCOUNT: 'incomeCitizenAccount',
  SUPPORT: 'incomeSupport',
  OTHER: 'incomeOther',
};

/** Where each kind of expense is kept; RENT is the housing's monthly rent. */
export const EXPENSE_COLUMNS: Record<ExpenseKind, AmountColumn> = {
  RENT: 'monthlyRent',
  UTILITIES: 'expenseUtilities',
  FOOD: 'expenseFood',
  EDUCATION: 'expenseEducation',
  HEALTH: 'expenseHealth',
  DEBT: 'expenseDebt',
  OTHER: 'expenseOther',
};

/** The largest monthly amount accepted for one kind (riyals). */
export const MAX_MONTHLY_AMOUNT = 1_000_000;

export function amountsOf(h: Household | null) {
  const of = (column: AmountColumn) => (h?.[column] as number | undefined) ?? 0;
  return {
    incomes: (Object.keys(INCOME_COLUMNS) as IncomeKind[]).map((kind) => ({
      kind,
      monthlyAmount: of(INCOME_COLUMNS[kind]),
    })),
    expenses: (Object.keys(EXPENSE_COLUMNS) as ExpenseKind[]).map((kind) => ({
      kind,
      monthlyAmount: of(EXPENSE_COLUMNS[kind]),
    })),
  };
}

export interface HouseholdTotalsValue {
  membersCount: number;
  householdSize: number;
  monthlyIncome: number;
  monthlyExpenses: number;
  monthlyBalance: number;
  incomePerPerson: number;
}

/**
 * The household's monthly figures: what the committee weighs beside a request. The household
 * counts the beneficiary and the members recorded.
 */
export function householdTotals(h: Household | null, membersCount: number): HouseholdTotalsValue {
  const { incomes, expenses } = amountsOf(h);
  const monthlyIncome = incomes.reduce((sum, a) => sum + a.monthlyAmount, 0);
  const monthlyExpenses = expenses.reduce((sum, a) => sum + a.monthlyAmount, 0);
  const householdSize = membersCount + 1;
  return {
    membersCount,
    householdSize,
    monthlyIncome,
    monthlyExpenses,
    monthlyBalance: monthlyIncome - monthlyExpenses,
    incomePerPerson: Math.round((monthlyIncome / householdSize) * 100) / 100,
  };
}
