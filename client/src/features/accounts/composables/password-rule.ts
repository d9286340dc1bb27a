import type { useI18n } from 'vue-i18n';

type Translate = ReturnType<typeof useI18n>['t'];

/** A password typed by an administrator: none (the server generates one) or 10–200 characters. */
export function passwordRule(t: Translate) {
  return (v: string) => !v || (v.length >= 10 && v.length <= 200) || t('users.form.passwordRule');
}
