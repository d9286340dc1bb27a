import { mdiBookshelf } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Reading the library: any signed-in user (the server's `libraryDocuments`, `librarySearch`). */
export const LIBRARY_READ_ACCESS: Access = accessOf('Query.libraryDocuments');
/** Writing the library: managers and admins (the server's `document*` mutations). */
export const LIBRARY_EDIT_ACCESS: Access = accessOf('Mutation.documentCreate');

/** Where a policy tool's document opens: the transaction page links its step's tools here. */
export const toolDocumentPath = (toolKey: string) =>
  `/library/tools/${encodeURIComponent(toolKey)}`;
export const documentPath = (slug: string) => `/library/${encodeURIComponent(slug)}`;

/** The document library: regulations, guides and forms, with search across them and the policy. */
export const libraryFeature: Feature = {
  name: 'library',
  routes: [
    {
      path: '/library',
      name: 'library',
      component: () => import('./pages/LibraryPage.vue'),
      meta: { titleKey: 'library.pageTitle', roles: LIBRARY_READ_ACCESS },
    },
    {
      path: '/library/review',
      name: 'library-review',
      component: () => import('./pages/ReviewDuePage.vue'),
      meta: { titleKey: 'library.review.pageTitle', roles: LIBRARY_READ_ACCESS },
    },
    {
      path: '/library/new',
      name: 'library-new',
      component: () => import('./pages/DocumentEditorPage.vue'),
      meta: { titleKey: 'library.editor.newTitle', roles: LIBRARY_EDIT_ACCESS },
    },
    {
      path: '/library/tools/:toolKey',
      name: 'library-tool',
      component: () => import('./pages/ToolDocumentPage.vue'),
      props: true,
      meta: { titleKey: 'library.pageTitle', roles: LIBRARY_READ_ACCESS },
    },
    {
      path: '/library/:slug',
      name: 'library-document',
      component: () => import('./pages/DocumentPage.vue'),
      props: true,
      meta: { titleKey: 'library.pageTitle', roles: LIBRARY_READ_ACCESS },
    },
    {
      path: '/library/:slug/edit',
      name: 'library-edit',
      component: () => import('./pages/DocumentEditorPage.vue'),
      props: true,
      meta: { titleKey: 'library.document.edit', roles: LIBRARY_EDIT_ACCESS },
    },
  ],
  nav: [
    {
      name: 'library',
      to: '/library',
      titleKey: 'nav.library',
      icon: mdiBookshelf,
      section: 'documents',
      roles: LIBRARY_READ_ACCESS,
    },
  ],
};
