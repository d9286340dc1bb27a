import { mdiBookOpenPageVariantOutline, mdiHistory } from '@mdi/js';
import type { RouteComponent, RouteLocationNormalized } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Reading any version, its history and comparisons: anyone signed in (as the server's queries). */
export const POLICY_VERSIONS_ACCESS: Access = accessOf('Query.policyVersions');
/** Drafting the next version and recording its approval: managers (as the server's mutations). */
export const POLICY_DRAFT_ACCESS: Access = accessOf('Mutation.policyDraftSave');

const versionNumber = (route: RouteLocationNormalized) => ({
  number: Number(route.params.number),
});

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = {
  policy: ['documents', mdiBookOpenPageVariantOutline],
  'policy-versions': ['documents', mdiHistory],
};

/**
 * The policy: the public page showing the policy in force; for signed-in users every version,
 * comparisons between them; for managers the draft editor and the board's approval.
 */
export const policyFeature: Feature = defineFeature('policy', PAGES, NAV, [
  ['/policy', 'policy', 'PolicyPage', 'policy.pageTitle', 'public', { messages: ['policy'] }],
  [
    '/policy/versions',
    'policy-versions',
    'PolicyVersionsPage',
    'policyVersions.pageTitle',
    POLICY_VERSIONS_ACCESS,
    { messages: ['policy', 'policyVersions', 'errors', 'office'] },
  ],
  [
    '/policy/versions/:number(\\d+)',
    'policy-version',
    'PolicyPage',
    'policy.pageTitle',
    POLICY_VERSIONS_ACCESS,
    { props: versionNumber, messages: ['policy'] },
  ],
  [
    '/policy/versions/:number(\\d+)/edit',
    'policy-draft',
    'PolicyDraftPage',
    'policyVersions.editor.pageTitle',
    POLICY_DRAFT_ACCESS,
    { props: versionNumber, messages: ['policy', 'policyVersions', 'policyEditor', 'errors'] },
  ],
  [
    '/policy/compare',
    'policy-compare',
    'PolicyComparePage',
    'policyVersions.compare.pageTitle',
    POLICY_VERSIONS_ACCESS,
    { messages: ['policy', 'policyVersions', 'policyCompare', 'errors'] },
  ],
]);
