import { asciiDigits } from '../common/arabic.js';
import { fail, userError, type UserError } from '../common/payload.js';
import type { Household } from './household.entity.js';
import { EXPENSE_COLUMNS, INCOME_COLUMNS, MAX_MONTHLY_AMOUNT } from './household-amounts.js';
import { ExpenseKind, Housing, IncomeKind } from './households.enums.js';

export interface CircumstancesInput {
  housing?: Housing | null;
  monthlyRent?: number | null;
  incomes: { kind: IncomeKind; monthlyAmount: number }[];
  expenses: { kind: ExpenseKind; monthlyAmount: number }[];
  address: {
    buildingNumber?: string | null;
    street?: string | null;
    district?: string | null;
    city?: string | null;
    postalCode?: string | null;
    additionalNumber?: string | null;
  };
}

type Column = keyof Household;

/**
 * Checks a household's circumstances and turns them into the household row's values, each with
 * the name the audit trail gives it (`incomes.SALARY`, `address.postalCode`…): problems come
 * back field by field under the same names.
 */
export function circumstancesChange(input: CircumstancesInput) {
  const errors: UserError[] = [];
  const values: Partial<Record<Column, string | number | null>> = {};
  const names: Partial<Record<Column, string>> = {};
  const set = (column: Column, name: string, value: string | number | null) => {
    values[column] = value;
    names[column] = name;
  };

  const amount = (name: string, value: number): number => {
    if (!Number.isInteger(value) || value < 0 || value > MAX_MONTHLY_AMOUNT) {
      errors.push(
        userError(
          'INVALID_AMOUNT',
          'Enter a monthly amount in whole riyals, from 0 to 1,000,000.',
          name,
        ),
      );
      return 0;
    }
    return value;
  };

  set('housing', 'housing', input.housing ?? null);
  const rented = input.housing === Housing.RENTED;
  let rent = 0;
  if (rented && !input.monthlyRent) {
    errors.push(
      userError('RENT_REQUIRED', 'Enter the monthly rent of the rented home.', 'monthlyRent'),
    );
  } else if (rented) {
    rent = amount('monthlyRent', input.monthlyRent!);
  }
  set('monthlyRent', 'monthlyRent', rent);

  const given = new Set<string>();
  for (const line of input.incomes) {
    const name = `incomes.${line.kind}`;
    if (given.has(name))
      errors.push(userError('DUPLICATE_KIND', 'This kind is given twice.', name));
    given.add(name);
    set(INCOME_COLUMNS[line.kind], name, amount(name, line.monthlyAmount));
  }
  for (const line of input.expenses) {
    const name = `expenses.${line.kind}`;
    if (line.kind === ExpenseKind.RENT) {
      errors.push(
        userError('RENT_IS_HOUSING', 'Give the rent as the housing’s monthly rent.', name),
      );
      continue;
    }
    if (given.has(name))
      errors.push(userError('DUPLICATE_KIND', 'This kind is given twice.', name));
    given.add(name);
    set(EXPENSE_COLUMNS[line.kind], name, amount(name, line.monthlyAmount));
  }
  for (const kind of Object.values(IncomeKind)) {
    if (!given.has(`incomes.${kind}`)) set(INCOME_COLUMNS[kind], `incomes.${kind}`, 0);
  }
  for (const kind of Object.values(ExpenseKind)) {
    if (kind !== ExpenseKind.RENT && !given.has(`expenses.${kind}`)) {
      set(EXPENSE_COLUMNS[kind], `expenses.${kind}`, 0);
    }
  }

  const digits = (field: keyof CircumstancesInput['address'], length: number, label: string) => {
    const raw = input.address[field]?.trim();
    const value = raw ? asciiDigits(raw).replace(/\s/g, '') : null;
    if (value && !new RegExp(`^\\d{${length}}$`).test(value)) {
      errors.push(
        userError(`INVALID_${label}`, `The ${field} must have exactly ${length} digits.`, field),
      );
    }
    set(field, `address.${field}`, value);
  };
  const text = (field: keyof CircumstancesInput['address'], max: number) => {
    const value = input.address[field]?.trim().replace(/\s+/g, ' ') || null;
    if (value && (value.length < 2 || value.length > max)) {
      errors.push(userError('INVALID_ADDRESS_TEXT', `Enter 2 to ${max} characters.`, field));
    }
    set(field, `address.${field}`, value);
  };
  digits('buildingNumber', 4, 'BUILDING_NUMBER');
  text('street', 120);
  text('district', 120);
  text('city', 80);
  digits('postalCode', 5, 'POSTAL_CODE');
  digits('additionalNumber', 4, 'ADDITIONAL_NUMBER');

  if (errors.length) return fail(...errors);
  return { ok: true as const, values, names };
}
