import { mdiBookOpenPageVariantOutline } from '@mdi/js';
import type { Feature } from '@/shared/feature';

/** The policy feature: the public page showing the policy in force. Open to everyone. */
export const policyFeature: Feature = {
  name: 'policy',
  routes: [
    {
      path: '/policy',
      name: 'policy',
      component: () => import('./pages/PolicyPage.vue'),
      meta: { titleKey: 'policy.pageTitle', roles: 'public' },
    },
  ],
  nav: [
    {
      name: 'policy',
      to: '/policy',
      titleKey: 'nav.policy',
      icon: mdiBookOpenPageVariantOutline,
      section: 'documents',
      roles: 'public',
    },
  ],
};
