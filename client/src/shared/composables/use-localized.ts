import { useAppLocale } from './use-app-locale';

/** A text the server gives in both languages (GraphQL `LocalizedText`). */
export interface LocalizedText {
  ar: string;
  en: string;
}

/** Picks the current language's side of a `LocalizedText` (Arabic when the other is empty). */
export function useLocalized() {
  const { locale } = useAppLocale();
  function tr(text: LocalizedText | null | undefined): string {
    if (!text) return '';
    return text[locale.value] || text.ar;
  }
  return { tr, locale };
}
