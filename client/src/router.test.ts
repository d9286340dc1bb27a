import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import {
  createAppRouter,
  HOME_PATH,
  landingFor,
  leaveApp,
  routes,
  safeRedirect,
  SERVER_PAGES,
} from '@/router';
import { features } from '@/features';
import { installApolloGuard, once } from '@/plugins/apollo-loader';
import { sessionFor, userWith } from '@/shared/testing/session-fixtures';
import type { SessionUser } from '@/shared/composables/use-session';
import { answerRequests } from '@/shared/testing/fetch-answers';

async function routerFor(user: SessionUser | null, start = '/policy') {
  const { session } = sessionFor(user);
  const router = createAppRouter(session, createMemoryHistory());
  await router.push(start);
  await router.isReady();
  return { router, session };
}

describe('router guard: who may open which page', () => {
  it('sends an anonymous visitor of a protected page to /sign-in with a redirect back', async () => {
    const { router } = await routerFor(null);
    await router.push('/admin/users?search=sa');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?search=sa');

    await router.push('/account/tokens');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/account/tokens');
  });

  it('lets everyone, anonymous included, read the policy', async () => {
    const { router } = await routerFor(null, '/policy');
    expect(router.currentRoute.value.name).toBe('policy');
  });

  it('opens a public page without waiting for the session, a protected one only with it', async () => {
    // The session's question is still on its way (a slow phone): the policy and the survey do
    // not wait for it, their code is fetched at once; the audit log waits to know who asks.
    const { session } = sessionFor(null);
    const load = vi.spyOn(session, 'load').mockReturnValue(new Promise(() => undefined));
    const router = createAppRouter(session, createMemoryHistory());
    await router.push('/policy');
    expect(router.currentRoute.value.name).toBe('policy');
    await router.push('/s/some-token');
    expect(router.currentRoute.value.name).toBe('survey');
    expect(load).not.toHaveBeenCalled();
    let settled = false;
    void router.push('/admin/audit').then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).toHaveBeenCalled();
    expect(settled).toBe(false);
    expect(router.currentRoute.value.name).toBe('survey');
  });

  it('shows the not-allowed page, at the same address, to a user without the role', async () => {
    const { router } = await routerFor(userWith(['ANALYST']));
    await router.push('/admin/audit');
    expect(router.currentRoute.value.name).toBe('forbidden');
    expect(router.currentRoute.value.fullPath).toBe('/admin/audit');

    await router.push('/account/tokens');
    expect(router.currentRoute.value.name).toBe('tokens');
  });

  it('opens the audit log to managers and admins, the users page to admins only', async () => {
    const manager = (await routerFor(userWith(['MANAGER']))).router;
    await manager.push('/admin/audit');
    expect(manager.currentRoute.value.name).toBe('audit');
    await manager.push('/admin/users');
    expect(manager.currentRoute.value.name).toBe('forbidden');

    const admin = (await routerFor(userWith(['ADMIN']))).router;
    await admin.push('/admin/users');
    expect(admin.currentRoute.value.name).toBe('users');
    await admin.push('/admin/audit');
    expect(admin.currentRoute.value.name).toBe('audit');
  });

  it('takes a user holding several roles wherever any of them allows', async () => {
    const { router } = await routerFor(userWith(['ANALYST', 'MANAGER']));
    await router.push('/admin/audit');
    expect(router.currentRoute.value.name).toBe('audit');
  });

  it('sends a signed-in user away from the sign-in page, to its redirect', async () => {
    const { router } = await routerFor(userWith(['ADMIN']));
    await router.push('/sign-in?redirect=/admin/users');
    expect(router.currentRoute.value.name).toBe('users');
  });

  it("leaves the app for the server's pages: the API explorer after signing in", async () => {
    const leave = vi.spyOn(leaveApp, 'to').mockImplementation(() => undefined);
    try {
      const { router } = await routerFor(userWith(['ANALYST']));
      await router.push('/sign-in?redirect=%2Fexplorer');
      expect(leave).toHaveBeenCalledWith('/explorer');
      await router.push('/docs/analyst-guide');
      expect(leave).toHaveBeenLastCalledWith('/docs/analyst-guide');
      expect(router.currentRoute.value.name).toBe('policy');
    } finally {
      leave.mockRestore();
    }
  });

  it('shows "not found", never a reload loop, where the server sent the app for such a page', async () => {
    const leave = vi.spyOn(leaveApp, 'to').mockImplementation(() => undefined);
    const here = vi.spyOn(leaveApp, 'current').mockReturnValue('/explorer');
    try {
      const { router } = await routerFor(null, '/explorer');
      expect(leave).not.toHaveBeenCalled();
      expect(router.currentRoute.value.path).toBe('/explorer');
    } finally {
      leave.mockRestore();
      here.mockRestore();
    }
  });

  it('leaves a protected page for the policy when the user signs out', async () => {
    answerRequests([
      {
        operation: 'SignOut',
        body: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true } } },
      },
    ]);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const { session } = sessionFor(userWith(['ADMIN']));
    const router = createAppRouter(session, createMemoryHistory());
    await router.push('/admin/users');
    expect(router.currentRoute.value.name).toBe('users');
    await session.signOut();
    expect(session.user.value).toBeNull();
    expect(router.currentRoute.value.name).toBe('policy');
  });

  it('asks to sign in again, with a way back, when the session expires on a protected page', async () => {
    const { router, session } = await routerFor(userWith(['MANAGER']), '/admin/audit');
    session.expire();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toMatchObject({
      redirect: '/admin/audit',
      expired: '1',
    });
  });
});

describe('installApolloGuard: Apollo Client loads with the first page that needs it', () => {
  it('loads it before a signed-in page resolves, never for a public page', async () => {
    const guarded = (user: SessionUser | null) => {
      const router = createAppRouter(sessionFor(user).session, createMemoryHistory());
      const order: string[] = [];
      const load = vi.fn(async () => void order.push('apollo'));
      installApolloGuard(router, load);
      router.afterEach((to) => void order.push(String(to.name)));
      return { router, order, load };
    };
    const visitor = guarded(null);
    // A visitor of a signed-in page is sent to sign in: no Apollo either.
    for (const path of ['/policy', '/sign-in', '/s/abc', '/library/tools/x', '/admin/users']) {
      await visitor.router.push(path);
    }
    expect(visitor.order).toEqual(['policy', 'sign-in', 'survey', 'library-tool', 'sign-in']);
    expect(visitor.load).not.toHaveBeenCalled();

    const { router, order, load } = guarded(userWith(['ADMIN']));
    await router.push('/policy');
    expect(load).not.toHaveBeenCalled();
    await router.push('/admin/users');
    expect(router.currentRoute.value.name).toBe('users');
    // Loaded (and provided) before the page was shown.
    expect(order.slice(-2)).toEqual(['apollo', 'users']);
  });
});

describe('once: Apollo Client is loaded once, and tried again after a failed fetch', () => {
  it('keeps a success, forgets a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('apollo');
    const loadOnce = once(load);
    await expect(loadOnce()).rejects.toThrow('Failed to fetch');
    await expect(loadOnce()).resolves.toBe('apollo');
    await expect(loadOnce()).resolves.toBe('apollo');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('landingFor: signing in lands each role on its work', async () => {
  const { router } = await routerFor(null);
  it.each([
    [['MANAGER'], '/dashboard'],
    [['STAFF'], '/transactions'],
    [['COMMITTEE'], '/committee'],
    [['RESEARCHER'], '/referrals'],
    [['ANALYST'], '/explorer'],
    [['ADMIN'], '/admin/users'],
    [['ANALYST', 'MANAGER'], '/dashboard'],
    [['RESEARCHER', 'STAFF'], '/transactions'],
    [[], HOME_PATH],
  ] as const)('%j → %s', (roles, expected) => {
    expect(landingFor(router, userWith([...roles]))).toBe(expected);
  });

  it('sends a signed-in user opening the sign-in page without a redirect to their work', async () => {
    const { router: committee } = await routerFor(userWith(['COMMITTEE']));
    await committee.push('/sign-in');
    expect(committee.currentRoute.value.name).toBe('committee');
  });
});

describe('routes: every route states who may open it', () => {
  it('declares meta.roles on each feature route', () => {
    const undeclared = features
      .flatMap((feature) => feature.routes)
      .filter((route) => route.meta?.roles === undefined)
      .map((route) => route.path);
    expect(undeclared).toEqual([]);
  });

  it('keeps each drawer entry as open as the route it leads to', () => {
    for (const feature of features) {
      for (const entry of feature.nav) {
        // A page of the server (the explorer) says who may open it there.
        if ((SERVER_PAGES as readonly string[]).includes(entry.to)) continue;
        const route = feature.routes.find((r) => r.path === entry.to);
        expect(route?.meta?.roles, entry.to).toEqual(entry.roles);
      }
    }
  });

  it('has a not-found and a forbidden page', () => {
    expect(routes.map((r) => r.name)).toEqual(expect.arrayContaining(['not-found', 'forbidden']));
  });
});

describe('safeRedirect: the sign-in page never leads off the app', async () => {
  const { router } = await routerFor(null);
  it.each([
    ['/admin/users', '/admin/users'],
    ['/account/tokens?x=1', '/account/tokens?x=1'],
    ['//evil.example/path', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/sign-in', null],
    ['/explorer', '/explorer'],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(safeRedirect(router, value)).toBe(expected);
  });
});
