import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import { watch } from 'vue';
import { features } from '@/features';
import { installMessageGroupsGuard } from '@/plugins/i18n';
import { accessProblem, canAccess } from '@/shared/access';
import type { Session, SessionUser } from '@/shared/composables/use-session';
import type { Role } from '@/shared/roles';

/** Where the app starts for visitors, and where signing out lands. */
export const HOME_PATH = '/policy';

/**
 * Where each role's work is, in the order a user holding several roles is landed: managers on the
 * dashboard, officers on the transactions, the committee on its queue, researchers on theirs,
 * analysts on the API explorer (a page of the server), administrators on the users.
 */
export const ROLE_LANDINGS: readonly (readonly [Role, string])[] = [
  ['MANAGER', '/dashboard'],
  ['STAFF', '/transactions'],
  ['COMMITTEE', '/committee'],
  ['RESEARCHER', '/referrals'],
  ['ANALYST', '/explorer'],
  ['ADMIN', '/admin/users'],
];

/**
 * Pages the server renders itself, outside this app (the API explorer, the analyst guide). A link
 * or a sign-in `redirect` to one of them loads it from the server instead of showing "not found".
 */
export const SERVER_PAGES = ['/explorer', '/docs/analyst-guide'] as const;

/** Leaving the app for a page of the server (a full page load); replaced in tests. */
export const leaveApp = {
  /** The path the browser shows. */
  current: (): string => window.location.pathname,
  to: (url: string): void => window.location.assign(url),
};

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: HOME_PATH },
  ...features.flatMap((feature) => feature.routes),
  ...SERVER_PAGES.map((path): RouteRecordRaw => ({
    path,
    name: `server:${path}`,
    // Shown only when the server answered this address with the app itself (the page is not
    // served here, e.g. by Vite's dev server): "not found" rather than reloading it forever.
    component: () => import('@/shared/components/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title', roles: 'public', messages: ['status'] },
    beforeEnter: (to) => {
      if (leaveApp.current() === to.path) return true;
      leaveApp.to(to.fullPath);
      return false;
    },
  })),
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/shared/components/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title', roles: 'public', messages: ['status'] },
  },
  // Shown in place of a page the signed-in user may not open, keeping its address (reached by
  // name only: the unknown addresses above match `not-found`, declared first).
  {
    path: '/:pathMatch(.*)*',
    name: 'forbidden',
    component: () => import('@/shared/components/ForbiddenPage.vue'),
    meta: { titleKey: 'forbidden.title', roles: 'signed-in', messages: ['status'] },
  },
];

/**
 * The `redirect` of the sign-in page, when it is safe to follow: a path of this app (never
 * `//elsewhere` or an absolute URL, which would make the sign-in page an open redirect).
 */
export function safeRedirect(router: Router, value: unknown): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || !raw.startsWith('/') || /^\/[/\\]/.test(raw)) return null;
  const target = router.resolve(raw);
  if (target.name === 'sign-in' || target.name === 'not-found') return null;
  return target.fullPath;
}

/**
 * Where signing in lands when no page sent the user there: the work of their first role in
 * ROLE_LANDINGS that may open it (the public policy page for a user with none of them).
 */
export function landingFor(router: Router, user: Pick<SessionUser, 'roles'>): string {
  for (const [role, path] of ROLE_LANDINGS) {
    if (!user.roles.includes(role)) continue;
    const target = router.resolve(path);
    const server = (SERVER_PAGES as readonly string[]).includes(path);
    if (server || (target.name !== 'not-found' && canAccess(target.meta.roles, user))) return path;
  }
  return HOME_PATH;
}

/** The same address, shown as the "not allowed" page. */
function forbiddenAt(to: RouteLocationNormalized): RouteLocationRaw {
  return {
    name: 'forbidden',
    params: { pathMatch: to.path.split('/').filter(Boolean) },
    query: to.query,
    hash: to.hash,
    replace: true,
  };
}

function signInFor(to: RouteLocationNormalized, expired = false): RouteLocationRaw {
  return {
    name: 'sign-in',
    query: { redirect: to.fullPath, ...(expired ? { expired: '1' } : {}) },
  };
}

/**
 * Role-aware routing. Before each navigation (once the session is known): an anonymous visitor
 * of a protected route goes to `/sign-in?redirect=…`; a signed-in user without the role sees the
 * "not allowed" page; a signed-in user opening the sign-in page goes where it would have led
 * (its `redirect`, else their work: landingFor).
 * When the session ends or the user's roles change, the current page is checked again.
 */
export function installAccessGuard(router: Router, session: Session): void {
  router.beforeEach(async (to) => {
    // A page anyone may open (the policy, the survey, a tool's document) is shown whoever is
    // signed in: its code is fetched beside the question "who is signed in", not after its
    // answer (a round trip less before a visitor on a phone sees it; issue 16 item 3).
    if (to.name !== 'sign-in' && canAccess(to.meta.roles, null)) return true;
    const user = await session.load();
    if (to.name === 'sign-in' && user) {
      return safeRedirect(router, to.query.redirect) ?? landingFor(router, user);
    }
    const problem = accessProblem(to.meta.roles, user);
    if (problem === 'sign-in') return signInFor(to);
    if (problem === 'forbidden') return forbiddenAt(to);
    return true;
  });

  session.onEnd(async (reason) => {
    const current = router.currentRoute.value;
    if (current.name !== 'forbidden' && canAccess(current.meta.roles, null)) return;
    if (reason === 'expired' && current.name !== 'forbidden') {
      await router.replace(signInFor(current, true));
    } else {
      await router.replace(HOME_PATH);
    }
  });

  watch(session.user, (user) => {
    const current = router.currentRoute.value;
    if (user && current.matched.length && !canAccess(current.meta.roles, user)) {
      void router.replace(forbiddenAt(current));
    }
  });
}

export function createAppRouter(session: Session, history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition;
      // Leave room for the app bar when jumping to a section.
      if (to.hash) return { el: to.hash, top: 80, behavior: 'smooth' };
      return { top: 0 };
    },
  });
  installAccessGuard(router, session);
  // After the access guard: a page's messages are fetched only when it may be shown.
  installMessageGroupsGuard(router);
  return router;
}
