import 'vuetify/styles';
import { createVuetify } from 'vuetify';
import { mdi } from 'vuetify/iconsets/mdi-svg';
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n';
import { useI18n } from 'vue-i18n';
import { iconAliases } from './icon-aliases';
import type { AppI18n } from './i18n';

/** A modest theme: deep teal for the association's own colour, warm gold as the accent. */
export const masarTheme = {
  dark: false,
  colors: {
    primary: '#0b5d57',
    'primary-darken-1': '#07443f',
    secondary: '#9a6b1f',
    background: '#f4f6f5',
    surface: '#ffffff',
    'surface-variant': '#e6efed',
    'on-surface-variant': '#1f3a37',
    info: '#1d6a8a',
    success: '#2e7d32',
    warning: '#a55d00',
    error: '#b3261e',
  },
  variables: {
    // Field labels, hints, counters and subtitles are the text at this opacity (times 0.87 inside
    // a field): Material's 0.6 gives #7a7a7a on white, 4.3:1; 0.7 gives #646464, 5.9:1 (4.5:1 is
    // WCAG AA's minimum for text), and 5.4:1 on the page's background.
    'medium-emphasis-opacity': 0.7,
  },
};

// The adapter is typed for any locale string; ours is narrowed to 'ar' | 'en'.
type AdapterI18n = Parameters<typeof createVueI18nAdapter>[0]['i18n'];

export function createAppVuetify(i18n: AppI18n) {
  return createVuetify({
    theme: {
      defaultTheme: 'masar',
      themes: { masar: masarTheme },
    },
    // SVG paths from @mdi/js: only the icons used are bundled, and nothing depends on a font;
    // of Vuetify's aliases ($close…), those its components here use (icon-aliases.ts).
    icons: { defaultSet: 'mdi', aliases: iconAliases, sets: { mdi } },
    // Vuetify follows vue-i18n's language, and right-to-left for Arabic.
    locale: {
      adapter: createVueI18nAdapter({ i18n: i18n as unknown as AdapterI18n, useI18n }),
      rtl: { ar: true, en: false },
    },
    defaults: {
      VCard: { rounded: 'lg' },
      VBtn: { rounded: 'lg' },
      VAlert: { rounded: 'lg' },
    },
  });
}
