import type { RouteComponent, RouteRecordRaw, RouteRecordSingleView } from 'vue-router';
import type { MessageGroup } from '@/locales/groups';
import type { Access } from './access';

/** Groups of the navigation drawer, in the order they are shown. */
export const NAV_SECTIONS = ['work', 'documents', 'administration', 'account'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

/** An entry of the navigation drawer. */
export interface NavEntry {
  /** Short stable name: the entry's `data-testid` is `nav-<name>`. */
  name: string;
  /** Route path the entry opens. */
  to: string;
  /** vue-i18n key of its label. */
  titleKey: string;
  /** SVG path from @mdi/js. */
  icon: string;
  /** Drawer group it belongs to. */
  section: NavSection;
  /** Who sees it; keep it the same as the route's `meta.roles`. */
  roles: Access;
}

/** What a feature folder contributes to the app shell: its routes and its drawer entries. */
export interface Feature {
  name: string;
  routes: RouteRecordRaw[];
  nav: NavEntry[];
}

/** What else a page may declare: its route's props, `meta.bare`. */
export interface PageOptions {
  props?: RouteRecordSingleView['props'];
  /** Shown without the app bar and the menu (`meta.bare`). */
  bare?: boolean;
  /** The groups of messages the page shows besides `shared` (`meta.messages`). */
  messages?: readonly MessageGroup[];
}

/**
 * The drawer entries of a feature, by route name: group and @mdi/js icon. An entry opens its
 * page's path, is labelled `nav.<route name in camelCase>` and shows to whoever may open the page.
 */
export type FeatureNav = Record<string, [section: NavSection, icon: string]>;

/**
 * One page of a feature on one line: its address, route name, component (file name in the
 * feature's `pages/`), title key (`meta.titleKey`) and who may open it (`meta.roles`; its drawer
 * entry shows to the same users).
 */
export type FeaturePage = [
  path: string,
  name: string,
  page: string,
  titleKey: string,
  roles: Access,
  options?: PageOptions,
];

/** The feature's page components, lazily loaded: `import.meta.glob('./pages/*.vue', …)`. */
export type PageLoaders = Record<string, () => Promise<RouteComponent>>;

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A feature from its pages, each declared once: the routes, and the drawer entries in page order. */
export function defineFeature(
  name: string,
  loaders: PageLoaders,
  nav: FeatureNav,
  pages: FeaturePage[],
): Feature {
  const component = (page: string) => {
    const loader = loaders[`./pages/${page}.vue`];
    if (!loader) throw new Error(`${name}: no page ${page}.vue`);
    return loader;
  };
  return {
    name,
    routes: pages.map(
      ([
        path,
        route,
        page,
        titleKey,
        roles,
        { props, bare, messages = [] } = {},
      ]): RouteRecordRaw => ({
        path,
        name: route,
        component: component(page),
        ...(props === undefined ? {} : { props }),
        meta: bare ? { titleKey, roles, bare, messages } : { titleKey, roles, messages },
      }),
    ),
    nav: pages.flatMap(([to, route, , , roles]) => {
      const entry = nav[route];
      if (!entry) return [];
      const [section, icon] = entry;
      return [{ name: route, to, titleKey: `nav.${camelCase(route)}`, icon, section, roles }];
    }),
  };
}

declare module 'vue-router' {
  interface RouteMeta {
    /** vue-i18n key of the page title (shown in the browser tab). */
    titleKey?: string;
    /** Who may open the route; a route without it needs a signed-in user (see `access.ts`). */
    roles?: Access;
    /**
     * Shown without the app bar and the menu (the public survey page a beneficiary opens from a
     * link: the page brings its own header).
     */
    bare?: boolean;
    /**
     * The groups of messages (src/locales/groups.ts) the page shows besides `shared`: loaded
     * before the route resolves (plugins/i18n.ts). messages.test.ts reads the page's code and
     * fails when a key it shows is in none of them.
     */
    messages?: readonly MessageGroup[];
  }
}
