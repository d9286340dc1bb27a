import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { createAppI18n } from '@/plugins/i18n';
import { createAppVuetify } from '@/plugins/vuetify';
import type { AppLocale } from '@/shared/locale';

interface Options {
  locale?: AppLocale;
  apollo?: ApolloClient<NormalizedCacheObject>;
  props?: Record<string, unknown>;
}

/** Mounts a component with the app's own i18n and Vuetify (and an Apollo client when given). */
export function mountWithPlugins(component: Component, options: Options = {}) {
  const i18n = createAppI18n(options.locale ?? 'ar');
  const vuetify = createAppVuetify(i18n);
  const mountOptions: ComponentMountingOptions<Component> = {
    props: options.props,
    attachTo: document.body,
    global: {
      plugins: [i18n, vuetify],
      provide: options.apollo ? { [DefaultApolloClient as symbol]: options.apollo } : {},
    },
  };
  const wrapper = mount(component, mountOptions);
  return { wrapper, i18n, vuetify };
}
