import { watch } from 'vue';
import { createI18n, type Composer } from 'vue-i18n';
import type { RouteLocationNormalized, Router } from 'vue-router';
import { messageGroupLoaders } from 'virtual:message-groups';
import type ar from '@/locales/ar.json';
import { MESSAGE_GROUP_NAMES, type MessageGroup } from '@/locales/groups';
import { applyDocumentLocale, DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/shared/locale';

export type MessageSchema = typeof ar;
export type LocaleMessages = Partial<Record<AppLocale, MessageSchema>>;

type Global = Pick<Composer, 'availableLocales' | 'mergeLocaleMessage' | 'locale'>;

/**
 * What is loaded of each language, per app (its global composer): the groups of messages
 * (src/locales/groups.ts), each a chunk of its own per language, and the groups the page shown
 * uses (a language switch loads those in the new language before showing it).
 */
interface GroupState {
  loaded: Record<AppLocale, Map<MessageGroup, Promise<void>>>;
  inUse: readonly MessageGroup[];
}

const states = new WeakMap<object, GroupState>();
/** The app's i18n: the router's guard loads the groups of each page into it. */
let appGlobal: Global | null = null;

function stateOf(global: object): GroupState {
  let state = states.get(global);
  if (!state) {
    state = { loaded: { ar: new Map(), en: new Map() }, inUse: [] };
    states.set(global, state);
  }
  return state;
}

/**
 * Loads the `groups` of `locale` not loaded yet (and `shared`), each merged into the language's
 * messages when it arrives. Fetched once: a second call waits for the same fetch.
 */
export function loadMessageGroups(
  global: Global,
  locale: AppLocale,
  groups: readonly MessageGroup[],
): Promise<void> {
  const loaded = stateOf(global).loaded[locale];
  const wanted = new Set<MessageGroup>(['shared', ...groups]);
  return Promise.all(
    [...wanted].map((group) => {
      let done = loaded.get(group);
      if (!done) {
        done = messageGroupLoaders[locale][group]().then((module) => {
          global.mergeLocaleMessage(locale, module.default);
        });
        // A failed fetch (offline) is tried again by the next page that needs the group.
        done.catch(() => loaded.delete(group));
        loaded.set(group, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

/** The groups a route's screen shows (`meta.messages` of its records). */
export function routeMessageGroups(route: Pick<RouteLocationNormalized, 'matched'>) {
  return [...new Set(route.matched.flatMap((record) => record.meta.messages ?? []))];
}

/**
 * Before a route resolves, the groups of messages its screen shows are loaded in the language
 * shown (fetched from the start of the navigation, beside the page's code). Installed by
 * createAppRouter; does nothing until the app's i18n exists (createAppI18n).
 */
export function installMessageGroupsGuard(router: Router): void {
  const load = (to: RouteLocationNormalized) => {
    const global = appGlobal;
    if (!global) return Promise.resolve();
    const locale = isAppLocale(global.locale.value) ? global.locale.value : DEFAULT_LOCALE;
    return loadMessageGroups(global, locale, routeMessageGroups(to));
  };
  router.beforeEach((to) => {
    void load(to).catch(() => undefined);
    return true;
  });
  router.beforeResolve(async (to) => {
    await load(to);
    if (appGlobal) stateOf(appGlobal).inUse = routeMessageGroups(to);
    return true;
  });
}

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

/**
 * The app's i18n. `loaded`: languages whose messages are given whole (tests); the app starts with
 * none and loads groups of them (showLocale, then each route's: installMessageGroupsGuard).
 * Vuetify's texts come with each language's `shared` group (`$vuetify`; tests give them with the
 * whole messages: locales/test-messages.ts).
 */
export function createAppI18n(locale: AppLocale, loaded: LocaleMessages) {
  const i18n = createI18n({
    legacy: false,
    globalInjection: true,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {} as Record<string, MessageSchema>,
    pluralRules: { ar: arabicPluralRule },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
  const global = i18n.global;
  const state = stateOf(global);
  for (const [key, value] of Object.entries(loaded)) {
    if (!isAppLocale(key) || !value) continue;
    global.setLocaleMessage(key, value);
    for (const group of MESSAGE_GROUP_NAMES) state.loaded[key].set(group, Promise.resolve());
  }
  appGlobal = global;
  // <html lang dir> follows the language wherever it is changed from.
  watch(
    () => global.locale.value,
    (value) => applyDocumentLocale(isAppLocale(value) ? value : DEFAULT_LOCALE),
    { immediate: true },
  );
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/**
 * Shows the app in `locale`, fetching first its messages the app shows: the `shared` group and
 * the groups of the page shown.
 */
export async function showLocale(global: Global, locale: AppLocale): Promise<void> {
  await loadMessageGroups(global, locale, stateOf(global).inUse);
  global.locale.value = locale;
}
