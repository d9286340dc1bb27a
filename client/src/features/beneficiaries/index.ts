import { mdiCardAccountDetailsOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Who may read beneficiaries' personal data (as the server's `beneficiaries`, `beneficiary`). */
export const BENEFICIARIES_ACCESS: Access = accessOf('Query.beneficiaries');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { beneficiaries: ['work', mdiCardAccountDetailsOutline] };

/** Beneficiaries: the register, search, and each one's file with their transactions. */
export const beneficiariesFeature: Feature = defineFeature('beneficiaries', PAGES, NAV, [
  [
    '/beneficiaries',
    'beneficiaries',
    'BeneficiariesPage',
    'beneficiaries.pageTitle',
    BENEFICIARIES_ACCESS,
    { messages: ['beneficiaries', 'transactions', 'errors', 'office'] },
  ],
  [
    '/beneficiaries/:id(\\d+)',
    'beneficiary',
    'BeneficiaryPage',
    'beneficiaries.pageTitleOne',
    BENEFICIARIES_ACCESS,
    { messages: ['beneficiaries', 'transactions', 'documents', 'errors', 'office'] },
  ],
]);
