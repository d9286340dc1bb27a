import { describe, expect, it } from 'vitest';
import type { Household } from './household.entity.js';
import { amountsOf, householdTotals } from './household-amounts.js';

const household = (values: Partial<Household>) => ({ ...values }) as Household;

describe('household totals', () => {
  it('counts the beneficiary in the household and the rent among the expenses', () => {
    const h = household({
      monthlyRent: 2000,
      incomeSocialSecurity: 1500,
      incomeCitizenAccount: 700,
      incomeSalary: 0,
      incomePension: 0,
      incomeSupport: 0,
      incomeOther: 0,
      expenseFood: 1200,
      expenseUtilities: 300,
      expenseEducation: 0,
      expenseHealth: 0,
      expenseDebt: 500,
      expenseOther: 0,
    });
    expect(householdTotals(h, 4)).toEqual({
      membersCount: 4,
      householdSize: 5,
      monthlyIncome: 2200,
      monthlyExpenses: 4000,
      monthlyBalance: -1800,
      incomePerPerson: 440,
    });
    expect(amountsOf(h).expenses.find((a) => a.kind === 'RENT')).toEqual({
      kind: 'RENT',
      monthlyAmount: 2000,
    });
  });

  it('rounds the income per person to two decimals, and reads nothing recorded as zero', () => {
    const h = household({ incomeSalary: 1000 });
    expect(householdTotals(h, 2).incomePerPerson).toBe(333.33);
    expect(householdTotals(null, 0)).toEqual({
      membersCount: 0,
      householdSize: 1,
      monthlyIncome: 0,
      monthlyExpenses: 0,
      monthlyBalance: 0,
      incomePerPerson: 0,
    });
  });
});
