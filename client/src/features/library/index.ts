import { mdiBookshelf } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Reading the library: any signed-in user (the server's `libraryDocuments`, `librarySearch`). */
export const LIBRARY_READ_ACCESS: Access = accessOf('Query.libraryDocuments');
/** Writing the library: managers and admins (the server's `document*` mutations). */
export const LIBRARY_EDIT_ACCESS: Access = accessOf('Mutation.documentCreate');

/**
 * Where a policy tool's document opens, for anyone (the policy page and the transaction page link
 * here): the public text for visitors, the library's page for signed-in users.
 */
export const toolDocumentPath = (toolKey: string) =>
  `/library/tools/${encodeURIComponent(toolKey)}`;
export const documentPath = (slug: string) => `/library/${encodeURIComponent(slug)}`;

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { library: ['documents', mdiBookshelf] };

/** The document library: regulations, guides and forms, with search across them and the policy. */
export const libraryFeature: Feature = defineFeature('library', PAGES, NAV, [
  [
    '/library',
    'library',
    'LibraryPage',
    'library.pageTitle',
    LIBRARY_READ_ACCESS,
    { messages: ['libraryTool', 'library', 'errors', 'office'] },
  ],
  [
    '/library/review',
    'library-review',
    'ReviewDuePage',
    'library.review.pageTitle',
    LIBRARY_READ_ACCESS,
    { messages: ['libraryTool', 'library', 'errors', 'office'] },
  ],
  [
    '/library/new',
    'library-new',
    'DocumentEditorPage',
    'library.editor.newTitle',
    LIBRARY_EDIT_ACCESS,
    { messages: ['libraryTool', 'library', 'errors', 'office'] },
  ],
  // Public: anyone reads the published text of the tools the policy in force lists (the
  // server's `policyToolDocument`); signed-in users go on to the library's page of the document.
  [
    '/library/tools/:toolKey',
    'library-tool',
    'ToolDocumentPage',
    'library.pageTitle',
    accessOf('Query.policyToolDocument'),
    { props: true, messages: ['libraryTool'] },
  ],
  [
    '/library/:slug',
    'library-document',
    'DocumentPage',
    'library.pageTitle',
    LIBRARY_READ_ACCESS,
    { props: true, messages: ['libraryTool', 'library', 'errors'] },
  ],
  [
    '/library/:slug/edit',
    'library-edit',
    'DocumentEditorPage',
    'library.document.edit',
    LIBRARY_EDIT_ACCESS,
    { props: true, messages: ['libraryTool', 'library', 'errors', 'office'] },
  ],
]);
