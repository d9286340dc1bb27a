import { watch } from 'vue';
import { createI18n } from 'vue-i18n';
import { ar as vuetifyAr, en as vuetifyEn } from 'vuetify/locale';
import ar from '@/locales/ar.json';
import en from '@/locales/en.json';
import { applyDocumentLocale, DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/shared/locale';

export type MessageSchema = typeof ar;

const arabicPluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'];
const arabicPlural = new Intl.PluralRules('ar');

/**
 * Arabic has six plural forms (zero, one, two, few 3–10, many 11–99, other): a message with six
 * choices picks its form by CLDR's rules, e.g. "{n} أيام" for 3 and "{n} يومًا" for 14.
 */
function arabicPluralRule(choice: number, choicesLength: number): number {
  if (choicesLength !== arabicPluralCategories.length) {
    return Math.min(Math.abs(choice), choicesLength - 1);
  }
  return arabicPluralCategories.indexOf(arabicPlural.select(choice));
}

export function createAppI18n(locale: AppLocale = DEFAULT_LOCALE) {
  const i18n = createI18n({
    legacy: false,
    globalInjection: true,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      ar: { ...ar, $vuetify: vuetifyAr },
      en: { ...en, $vuetify: vuetifyEn },
    },
    pluralRules: { ar: arabicPluralRule },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
  // <html lang dir> follows the language wherever it is changed from.
  watch(
    () => i18n.global.locale.value,
    (value) => applyDocumentLocale(isAppLocale(value) ? value : DEFAULT_LOCALE),
    { immediate: true },
  );
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;
