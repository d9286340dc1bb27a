import type { RouteRecordRaw } from 'vue-router';
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
  }
}
