import type { App } from 'vue';
import { resolveInitialLocale } from '@/shared/locale';
import { createSession, SESSION_KEY } from '@/shared/composables/use-session';
import { onSessionLost } from '@/shared/graphql-request';
import { createAppRouter } from '@/router';
import { loadApolloOnDemand } from './apollo-loader';
import { createAppI18n, showLocale } from './i18n';
import { createAppVuetify } from './vuetify';

/**
 * Every plugin, registered explicitly and in order. Resolves when the starting language's
 * messages are loaded: mount the app then.
 */
export function registerPlugins(app: App): Promise<void> {
  // The language is resolved before the router reads the address (it strips `?lang=`).
  const locale = resolveInitialLocale();
  const i18n = createAppI18n(locale, {});
  // Its messages are fetched while the router fetches the first page's code.
  const messagesLoaded = showLocale(i18n.global, locale);
  app.use(i18n);
  app.use(createAppVuetify(i18n));

  const session = createSession();
  // A request answered UNAUTHENTICATED means the session ended on the server.
  onSessionLost(() => session.expire());
  // Ask who is signed in right away, while the page's own code loads.
  void session.load();
  app.provide(SESSION_KEY, session);
  const router = createAppRouter(session);
  // Apollo Client, loaded with the first page that needs it (not with the public pages).
  loadApolloOnDemand(app, router, session);
  app.use(router);
  return messagesLoaded;
}
