import { mdiCalendarMonthOutline } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** The holidays' page: those who keep the calendar (as the server's `holidayAdd`). */
export const HOLIDAYS_ACCESS: Access = accessOf('Mutation.holidayAdd');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = { holidays: ['administration', mdiCalendarMonthOutline] };

/** The Saudi working calendar: the official holidays by year. */
export const calendarFeature: Feature = defineFeature('calendar', PAGES, NAV, [
  [
    '/admin/holidays',
    'holidays',
    'HolidaysPage',
    'calendar.pageTitle',
    HOLIDAYS_ACCESS,
    { messages: ['calendar', 'errors', 'office'] },
  ],
]);
