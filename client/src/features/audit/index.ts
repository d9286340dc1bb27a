import { mdiClipboardTextClockOutline } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** The audit trail: admins and managers (as the server's `auditEntries`). */
export const AUDIT_ACCESS: Access = accessOf('Query.auditEntries');

/** The audit log: every change made through the API, newest first, read-only. */
export const auditFeature: Feature = {
  name: 'audit',
  routes: [
    {
      path: '/admin/audit',
      name: 'audit',
      component: () => import('./pages/AuditLogPage.vue'),
      meta: { titleKey: 'audit.pageTitle', roles: AUDIT_ACCESS },
    },
  ],
  nav: [
    {
      name: 'audit',
      to: '/admin/audit',
      titleKey: 'nav.audit',
      icon: mdiClipboardTextClockOutline,
      section: 'administration',
      roles: AUDIT_ACCESS,
    },
  ],
};
