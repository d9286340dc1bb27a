/**
 * Reporting periods, shared by the pages that show figures: calendar days (`./days`), the period a
 * page shows and its address query (`./period-query`), and the picker (`./PeriodPicker.vue`,
 * imported by path).
 */
export * from './days';
export * from './period-query';
