import { mdiDatabaseClockOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** The backups' page: admins only (as the server's `backupStatus`). */
export const BACKUPS_ACCESS: Access = accessOf('Query.backupStatus');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { backups: ['administration', mdiDatabaseClockOutline] };

/** Running the desk: the last backup and the daily schedule. */
export const operationsFeature: Feature = defineFeature('operations', PAGES, NAV, [
  [
    '/admin/backups',
    'backups',
    'BackupsPage',
    'backups.pageTitle',
    BACKUPS_ACCESS,
    { messages: ['backups', 'errors'] },
  ],
]);
