import type { App } from 'vue';
import type { Router } from 'vue-router';
import type { Session } from '@/shared/composables/use-session';

/**
 * Apollo Client is loaded with the first page that needs it: before a route that is not public
 * resolves (its page's code is fetched by then, its setup not yet run), `load()` runs. The public
 * pages (the policy, the survey, sign-in, a tool's document) ask their data through `request()`
 * (shared/graphql-request.ts) and never load it: a visitor's first load carries no Apollo Client.
 */
export function installApolloGuard(router: Router, load: () => Promise<unknown>): void {
  router.beforeResolve(async (to) => {
    if (to.matched.some((record) => record.meta.roles !== 'public')) await load();
    return true;
  });
}

/**
 * Runs `load` once; a failure (the chunk could not be fetched: the network dropped) is not kept,
 * so the next navigation tries again instead of failing for good.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = null;
      throw err;
    }));
}

/**
 * The app's loader: imports plugins/apollo.ts once, which creates the client, provides it to the
 * app (DefaultApolloClient: every component set up afterwards finds it) and clears its store when
 * the session ends.
 */
export function loadApolloOnDemand(app: App, router: Router, session: Session): void {
  installApolloGuard(
    router,
    once(() => import('./apollo').then(({ installAppApollo }) => installAppApollo(app, session))),
  );
}
