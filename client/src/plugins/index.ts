import type { App } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { resolveInitialLocale } from '@/shared/locale';
import { createAppRouter } from '@/router';
import { createAppApollo } from './apollo';
import { createAppI18n } from './i18n';
import { createAppVuetify } from './vuetify';

/** Every plugin, registered explicitly and in order. */
export function registerPlugins(app: App): void {
  // The language is resolved before the router reads the address (it strips `?lang=`).
  const i18n = createAppI18n(resolveInitialLocale());
  app.use(i18n);
  app.use(createAppVuetify(i18n));
  app.use(createAppRouter());
  app.provide(DefaultApolloClient, createAppApollo());
}
