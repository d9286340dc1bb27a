import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import type { Router } from 'vue-router';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { testMessages } from '@/locales/test-messages';
import { createAppI18n } from '@/plugins/i18n';
import { createAppVuetify } from '@/plugins/vuetify';
import { SESSION_KEY, type Session } from '@/shared/composables/use-session';
import type { AppLocale } from '@/shared/locale';

interface Options {
  locale?: AppLocale;
  apollo?: ApolloClient<NormalizedCacheObject>;
  session?: Session;
  router?: Router;
  props?: Record<string, unknown>;
}

/**
 * Mounts a component with the app's own i18n and Vuetify (and, when given, an Apollo client, a
 * session and a router).
 */
export function mountWithPlugins(component: Component, options: Options = {}) {
  // Both languages at once: a test may switch without waiting for a chunk.
  const i18n = createAppI18n(options.locale ?? 'ar', testMessages);
  const vuetify = createAppVuetify(i18n);
  const provide: Record<symbol, unknown> = {};
  if (options.apollo) provide[DefaultApolloClient as symbol] = options.apollo;
  if (options.session) provide[SESSION_KEY as symbol] = options.session;
  const mountOptions: ComponentMountingOptions<Component> = {
    props: options.props,
    attachTo: document.body,
    global: {
      plugins: options.router ? [i18n, vuetify, options.router] : [i18n, vuetify],
      provide,
    },
  };
  const wrapper = mount(component, mountOptions);
  return { wrapper, i18n, vuetify };
}
