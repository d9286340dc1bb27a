/**
 * The attributes of a field typed left to right (ids, numbers, addresses) on a right-to-left page:
 * `<FormField v-bind="LTR_FIELD" … />` (main.css keeps its text left-aligned in Arabic).
 */
export const LTR_FIELD = { autocomplete: 'off', dir: 'ltr', class: 'ltr-input' } as const;
