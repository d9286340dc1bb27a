/**
 * The look of a filter bar's fields (audit log, transactions): outlined, comfortable, clearable,
 * no room kept for messages they do not have. `<v-select v-bind="FILTER_FIELD" … />`.
 */
export const FILTER_FIELD = {
  clearable: true,
  hideDetails: 'auto',
  density: 'comfortable',
  variant: 'outlined',
} as const;
