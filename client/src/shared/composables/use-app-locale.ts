import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { showLocale } from '@/plugins/i18n';
import {
  DEFAULT_LOCALE,
  directionOf,
  isAppLocale,
  storeLocale,
  type AppLocale,
} from '@/shared/locale';

/** The current language, its direction, and the switch that changes and remembers it. */
export function useAppLocale() {
  const i18n = useI18n({ useScope: 'global' });
  const i18nLocale = i18n.locale;

  const locale = computed<AppLocale>(() =>
    isAppLocale(i18nLocale.value) ? i18nLocale.value : DEFAULT_LOCALE,
  );
  const dir = computed(() => directionOf(locale.value));
  const otherLocale = computed<AppLocale>(() => (locale.value === 'ar' ? 'en' : 'ar'));

  /** Switches once the language's messages are loaded (<html lang dir> follow, plugins/i18n.ts). */
  async function setLocale(next: AppLocale): Promise<void> {
    storeLocale(next);
    await showLocale(i18n, next);
  }

  function toggleLocale(): Promise<void> {
    return setLocale(otherLocale.value);
  }

  return { locale, dir, otherLocale, setLocale, toggleLocale };
}
