import { registerEnumType } from 'type-graphql';

export enum HouseholdRelation {
  SPOUSE = 'SPOUSE',
  SON = 'SON',
  DAUGHTER = 'DAUGHTER',
  FATHER = 'FATHER',
  MOTHER = 'MOTHER',
  BROTHER = 'BROTHER',
  SISTER = 'SISTER',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation',
  description: 'How a household member is related to the beneficiary.',
  valuesConfig: {
    SPOUSE: { description: 'Wife or husband.' },
    SON: { description: 'Son.' },
    DAUGHTER: { description: 'Daughter.' },
    FATHER: { description: 'Father.' },
    MOTHER: { description: 'Mother.' },
    BROTHER: { description: 'Brother.' },
    SISTER: { description: 'Sister.' },
    OTHER: { description: 'Another relative or dependant.' },
  },
});

export enum Occupation {
  STUDENT = 'STUDENT',
  WORKER = 'WORKER',
  UNEMPLOYED = 'UNEMPLOYED',
  RETIRED = 'RETIRED',
  CHILD = 'CHILD',
  OTHER = 'OTHER',
}
registerEnumType(Occupation, {
  name: 'Occupation',
  description: 'What a household member does.',
  valuesConfig: {
    STUDENT: { description: 'At school or university.' },
    WORKER: { description: 'Employed or self-employed.' },
    UNEMPLOYED: { description: 'Of working age, without work.' },
    RETIRED: { description: 'Retired.' },
    CHILD: { description: 'A child below school age.' },
    OTHER: { description: 'None of these.' },
  },
});

export enum Housing {
  OWNED = 'OWNED',
  RENTED = 'RENTED',
  FAMILY = 'FAMILY',
  CHARITY = 'CHARITY',
  OTHER = 'OTHER',
}
registerEnumType(Housing, {
  name: 'Housing',
  description: 'Where the household lives.',
  valuesConfig: {
    OWNED: { description: 'A home it owns.' },
    RENTED: { description: 'A rented home (the monthly rent is recorded).' },
    FAMILY: { description: 'With relatives, without rent.' },
    CHARITY: { description: 'Housing given by a charity or the state.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum IncomeKind {
  SALARY = 'SALARY',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  PENSION = 'PENSION',
  CITIZEN_ACCOUNT = 'CITIZEN_ACCOUNT',
  SUPPORT = 'SUPPORT',
  OTHER = 'OTHER',
}
registerEnumType(IncomeKind, {
  name: 'IncomeKind',
  description: 'A kind of monthly household income.',
  valuesConfig: {
    SALARY: { description: 'Wages and salaries.' },
    SOCIAL_SECURITY: { description: 'Social security (الضمان الاجتماعي).' },
    PENSION: { description: 'Retirement or insurance pension.' },
    CITIZEN_ACCOUNT: { description: 'Citizen Account (حساب المواطن).' },
    SUPPORT: { description: 'Regular support from relatives or other charities.' },
    OTHER: { description: 'Any other income.' },
  },
});

export enum ExpenseKind {
  RENT = 'RENT',
  UTILITIES = 'UTILITIES',
  FOOD = 'FOOD',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  DEBT = 'DEBT',
  OTHER = 'OTHER',
}
registerEnumType(ExpenseKind, {
  name: 'ExpenseKind',
  description: 'A kind of monthly household expense.',
  valuesConfig: {
    RENT: { description: 'Rent: the monthly rent of rented housing.' },
    UTILITIES: { description: 'Electricity, water, telecom.' },
    FOOD: { description: 'Food and household needs.' },
    EDUCATION: { description: 'School and university costs.' },
    HEALTH: { description: 'Treatment and medicines.' },
    DEBT: { description: 'Loan and debt instalments.' },
    OTHER: { description: 'Any other expense.' },
  },
});
