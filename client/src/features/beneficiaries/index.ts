import { mdiCardAccountDetailsOutline } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Who may read beneficiaries' personal data (as the server's `beneficiaries`, `beneficiary`). */
export const BENEFICIARIES_ACCESS: Access = accessOf('Query.beneficiaries');

/** Beneficiaries: the register, search, and each one's file with their transactions. */
export const beneficiariesFeature: Feature = {
  name: 'beneficiaries',
  routes: [
    {
      path: '/beneficiaries',
      name: 'beneficiaries',
      component: () => import('./pages/BeneficiariesPage.vue'),
      meta: { titleKey: 'beneficiaries.pageTitle', roles: BENEFICIARIES_ACCESS },
    },
    {
      path: '/beneficiaries/:id(\\d+)',
      name: 'beneficiary',
      component: () => import('./pages/BeneficiaryPage.vue'),
      meta: { titleKey: 'beneficiaries.pageTitleOne', roles: BENEFICIARIES_ACCESS },
    },
  ],
  nav: [
    {
      name: 'beneficiaries',
      to: '/beneficiaries',
      titleKey: 'nav.beneficiaries',
      icon: mdiCardAccountDetailsOutline,
      section: 'work',
      roles: BENEFICIARIES_ACCESS,
    },
  ],
};
