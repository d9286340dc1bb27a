import type { App } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { resolveInitialLocale } from '@/shared/locale';
import { createSession, SESSION_KEY, type Session } from '@/shared/composables/use-session';
import { createAppRouter } from '@/router';
import { createAppApollo } from './apollo';
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

  // A request answered UNAUTHENTICATED means the session ended on the server.
  let session: Session | null = null;
  const apollo = createAppApollo({ onUnauthenticated: () => session?.expire() });
  session = createSession(apollo);
  // Ask who is signed in right away, while the page's own code loads.
  void session.load();
  app.provide(DefaultApolloClient, apollo);
  app.provide(SESSION_KEY, session);
  app.use(createAppRouter(session));
  return messagesLoaded;
}
