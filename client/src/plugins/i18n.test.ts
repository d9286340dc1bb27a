/**
 * The app's messages arrive in groups (src/locales/groups.ts): `shared` before the app shows,
 * a route's groups before it resolves, and a language switch loads the groups in use in the new
 * language first. Real chunks (vite-plugins/message-groups.ts), real router.
 */
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import ar from '@/locales/ar.json';
import { routes } from '@/router';
import { createAppI18n, installMessageGroupsGuard, showLocale } from './i18n';

/** The app's routes and their `meta`, each showing an empty page (no page's code to load). */
const Empty = defineComponent({ render: () => null });
const appRoutes = routes.flatMap((route): RouteRecordRaw[] =>
  'component' in route ? [{ path: route.path, component: Empty, meta: route.meta }] : [],
);

function appWithGroups(locale: 'ar' | 'en' = 'ar') {
  const i18n = createAppI18n(locale, {});
  const router = createRouter({ history: createMemoryHistory(), routes: appRoutes });
  installMessageGroupsGuard(router);
  return { global: i18n.global, router };
}

describe('messages in groups', () => {
  it('starts with the shared group only, Vuetify’s texts in it', async () => {
    const { global } = appWithGroups();
    await showLocale(global, 'ar');
    expect(global.t('nav.sections.work')).not.toBe('nav.sections.work');
    expect(global.t('$vuetify.close')).toBe('إغلاق');
    expect(global.te('policy.sections.preface')).toBe(false);
    expect(global.availableLocales).toEqual(['ar']);
  });

  it('loads a route’s groups before it resolves, and only theirs', async () => {
    const { global, router } = appWithGroups();
    await showLocale(global, 'ar');
    await router.push('/policy');
    expect(global.te('policy.sections.preface')).toBe(true);
    expect(global.te('transactions.pageTitle')).toBe(false);
    // Arabic's six plural forms, from a group loaded later.
    expect(global.t('policy.step.days', { n: 14 }, 14)).toBe('14 يومًا');
    expect(global.t('policy.step.days', { n: 3 }, 3)).toBe('3 أيام');
    expect(global.t('policy.step.days', { n: 2 }, 2)).toBe('يومان');
  });

  it('switches language with the groups of the page shown already loaded', async () => {
    const { global, router } = appWithGroups();
    await showLocale(global, 'ar');
    await router.push('/s/some-token');
    await showLocale(global, 'en');
    expect(global.locale.value).toBe('en');
    expect(global.t('survey.submit')).not.toBe('survey.submit');
    expect(global.t('survey.submit')).not.toBe(ar.survey.submit);
    expect(global.t('$vuetify.close')).toBe('Close');
    // The next page's groups come in the language shown.
    await router.push('/sign-in');
    expect(global.te('signIn.title', 'en')).toBe(true);
    expect(global.te('signIn.title', 'ar')).toBe(false);
  });
});
