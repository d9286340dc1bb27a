import { mdiClipboardTextClockOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** The audit trail: admins and managers (as the server's `auditEntries`). */
export const AUDIT_ACCESS: Access = accessOf('Query.auditEntries');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { audit: ['administration', mdiClipboardTextClockOutline] };

/** The audit log: every change made through the API, newest first, read-only. */
export const auditFeature: Feature = defineFeature('audit', PAGES, NAV, [
  [
    '/admin/audit',
    'audit',
    'AuditLogPage',
    'audit.pageTitle',
    AUDIT_ACCESS,
    { messages: ['audit', 'errors', 'office'] },
  ],
]);
