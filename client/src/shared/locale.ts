/**
 * The app's languages and how the choice is made and remembered.
 * Arabic is the default; `?lang=en` (or `?lang=ar`) in the address sets the language and is
 * remembered like a click on the language switch.
 */
export const SUPPORTED_LOCALES = ['ar', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = 'ar';
/** localStorage key holding the chosen language. */
export const LOCALE_STORAGE_KEY = 'masar.locale';
/** Query parameter that selects the language, e.g. `/policy?lang=en`. */
export const LOCALE_QUERY_PARAM = 'lang';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: AppLocale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function readStoredLocale(): AppLocale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : null;
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

/**
 * The language to start in: `?lang=` first (then remembered and removed from the address so a
 * later switch is not undone by a reload), then the remembered choice, then Arabic.
 */
export function resolveInitialLocale(): AppLocale {
  if (typeof window !== 'undefined') {
    const url = new URL(window.location.href);
    const requested = url.searchParams.get(LOCALE_QUERY_PARAM);
    if (requested !== null) {
      url.searchParams.delete(LOCALE_QUERY_PARAM);
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
      if (isAppLocale(requested)) {
        storeLocale(requested);
        return requested;
      }
    }
  }
  return readStoredLocale() ?? DEFAULT_LOCALE;
}

/** Sets `lang` and `dir` on <html>, so the whole page (and the browser's text shaping) follows. */
export function applyDocumentLocale(locale: AppLocale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
