import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DEFAULT_LOCALE,
  directionOf,
  isAppLocale,
  storeLocale,
  type AppLocale,
} from '@/shared/locale';

/** The current language, its direction, and the switch that changes and remembers it. */
export function useAppLocale() {
  const { locale: i18nLocale } = useI18n({ useScope: 'global' });

  const locale = computed<AppLocale>(() =>
    isAppLocale(i18nLocale.value) ? i18nLocale.value : DEFAULT_LOCALE,
  );
  const dir = computed(() => directionOf(locale.value));
  const otherLocale = computed<AppLocale>(() => (locale.value === 'ar' ? 'en' : 'ar'));

  function setLocale(next: AppLocale): void {
    i18nLocale.value = next; // <html lang dir> follow through the watcher in plugins/i18n.ts
    storeLocale(next);
  }

  function toggleLocale(): void {
    setLocale(otherLocale.value);
  }

  return { locale, dir, otherLocale, setLocale, toggleLocale };
}
