import { ar as vuetifyAr, en as vuetifyEn } from 'vuetify/locale';
import ar from './ar.json';
import en from './en.json';

/**
 * Both languages whole, with Vuetify's texts (`$vuetify`): for tests, which mount at once. The app
 * itself loads them in groups (groups.ts, plugins/i18n.ts), never this module.
 */
export const testMessages = {
  ar: { ...ar, $vuetify: vuetifyAr },
  en: { ...en, $vuetify: vuetifyEn },
};
