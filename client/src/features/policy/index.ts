import { mdiBookOpenPageVariantOutline, mdiHistory } from '@mdi/js';
import type { RouteLocationNormalized } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Reading any version, its history and comparisons: anyone signed in (as the server's queries). */
export const POLICY_VERSIONS_ACCESS: Access = accessOf('Query.policyVersions');
/** Drafting the next version and recording its approval: managers (as the server's mutations). */
export const POLICY_DRAFT_ACCESS: Access = accessOf('Mutation.policyDraftSave');

const versionNumber = (route: RouteLocationNormalized) => ({
  number: Number(route.params.number),
});

/**
 * The policy: the public page showing the policy in force; for signed-in users every version,
 * comparisons between them; for managers the draft editor and the board's approval.
 */
export const policyFeature: Feature = {
  name: 'policy',
  routes: [
    {
      path: '/policy',
      name: 'policy',
      component: () => import('./pages/PolicyPage.vue'),
      meta: { titleKey: 'policy.pageTitle', roles: 'public' },
    },
    {
      path: '/policy/versions',
      name: 'policy-versions',
      component: () => import('./pages/PolicyVersionsPage.vue'),
      meta: { titleKey: 'policyVersions.pageTitle', roles: POLICY_VERSIONS_ACCESS },
    },
    {
      path: '/policy/versions/:number(\\d+)',
      name: 'policy-version',
      component: () => import('./pages/PolicyPage.vue'),
      props: versionNumber,
      meta: { titleKey: 'policy.pageTitle', roles: POLICY_VERSIONS_ACCESS },
    },
    {
      path: '/policy/versions/:number(\\d+)/edit',
      name: 'policy-draft',
      component: () => import('./pages/PolicyDraftPage.vue'),
      props: versionNumber,
      meta: { titleKey: 'policyVersions.editor.pageTitle', roles: POLICY_DRAFT_ACCESS },
    },
    {
      path: '/policy/compare',
      name: 'policy-compare',
      component: () => import('./pages/PolicyComparePage.vue'),
      meta: { titleKey: 'policyVersions.compare.pageTitle', roles: POLICY_VERSIONS_ACCESS },
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
    {
      name: 'policy-versions',
      to: '/policy/versions',
      titleKey: 'nav.policyVersions',
      icon: mdiHistory,
      section: 'documents',
      roles: POLICY_VERSIONS_ACCESS,
    },
  ],
};
