import type { RouteRecordRaw } from 'vue-router';

/** An entry of the navigation drawer. */
export interface NavEntry {
  /** Route path the entry opens. */
  to: string;
  /** vue-i18n key of its label. */
  titleKey: string;
  /** SVG path from @mdi/js. */
  icon: string;
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
  }
}
