import { mdiFileCabinet } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Keeping the document types: managers and admins (the server's `documentTypeSave`). */
export const DOCUMENT_TYPES_ACCESS: Access = accessOf('Mutation.documentTypeSave');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { 'document-types': ['administration', mdiFileCabinet] };

/**
 * The beneficiary's file: its documents show on the beneficiary's and the transaction's pages
 * (components/); this feature's own page keeps the kinds of document.
 */
export const documentsFeature: Feature = defineFeature('documents', PAGES, NAV, [
  [
    '/admin/document-types',
    'document-types',
    'DocumentTypesPage',
    'documents.types.pageTitle',
    DOCUMENT_TYPES_ACCESS,
    { messages: ['documents', 'errors'] },
  ],
]);
