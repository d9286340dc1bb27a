import { watch } from 'vue';
import { createI18n, type Composer } from 'vue-i18n';
import { ar as vuetifyAr, en as vuetifyEn } from 'vuetify/locale';
import type ar from '@/locales/ar.json';
import { applyDocumentLocale, DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/shared/locale';

export type MessageSchema = typeof ar;
export type LocaleMessages = Partial<Record<AppLocale, MessageSchema>>;

/**
 * Each language's messages are a chunk of their own, fetched when the language is first shown:
 * an Arabic visitor never downloads the English text, nor an English one the Arabic (some 20 KiB
 * gzipped each). main.ts fetches the starting language's while the first page's code loads.
 */
export function loadLocaleMessages(locale: AppLocale): Promise<MessageSchema> {
  const messages = locale === 'en' ? import('@/locales/en.json') : import('@/locales/ar.json');
  return messages.then((m) => m.default as MessageSchema);
}

const vuetifyMessages = { ar: vuetifyAr, en: vuetifyEn } satisfies Record<AppLocale, unknown>;
const withVuetify = (locale: AppLocale, messages: MessageSchema) => ({
  ...messages,
  $vuetify: vuetifyMessages[locale],
});

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

/** The app's i18n, with the messages of the languages already loaded (at least `locale`'s). */
export function createAppI18n(locale: AppLocale, loaded: LocaleMessages) {
  const messages: Record<string, ReturnType<typeof withVuetify>> = {};
  for (const [key, value] of Object.entries(loaded)) {
    if (isAppLocale(key) && value) messages[key] = withVuetify(key, value);
  }
  const i18n = createI18n({
    legacy: false,
    globalInjection: true,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
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

/** Shows the app in `locale`, fetching its messages first when they are not loaded yet. */
export async function showLocale(
  global: Pick<Composer, 'availableLocales' | 'setLocaleMessage' | 'locale'>,
  locale: AppLocale,
): Promise<void> {
  if (!global.availableLocales.includes(locale)) {
    global.setLocaleMessage(locale, withVuetify(locale, await loadLocaleMessages(locale)));
  }
  global.locale.value = locale;
}
