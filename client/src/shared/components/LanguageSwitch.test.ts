import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import LanguageSwitch from './LanguageSwitch.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { LOCALE_STORAGE_KEY, readStoredLocale, resolveInitialLocale } from '@/shared/locale';

describe('language switch: Arabic (right to left) ⇄ English (left to right), remembered', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/policy');
  });
  it('starts in Arabic, right to left', () => {
    mountWithPlugins(LanguageSwitch);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('flips <html dir lang>, Vuetify and vue-i18n to English and back, and persists the choice', async () => {
    const { wrapper, i18n, vuetify } = mountWithPlugins(LanguageSwitch);
    const button = wrapper.get('[data-testid="lang-switch"]');
    expect(button.text()).toContain('English');
    expect(vuetify.locale.isRtl.value).toBe(true);

    await button.trigger('click');
    await nextTick();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.global.locale.value).toBe('en');
    expect(vuetify.locale.isRtl.value).toBe(false);
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(button.text()).toContain('العربية');

    await button.trigger('click');
    await nextTick();
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(resolveInitialLocale()).toBe('en');
  });

  it('takes ?lang=en from the address, remembers it and removes it from the address', () => {
    window.history.replaceState(null, '', '/policy?lang=en#steps');
    expect(resolveInitialLocale()).toBe('en');
    expect(readStoredLocale()).toBe('en');
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/policy#steps',
    );
  });

  it('ignores an unknown language and falls back to Arabic', () => {
    window.history.replaceState(null, '', '/policy?lang=fr');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    expect(resolveInitialLocale()).toBe('ar');
  });
});
