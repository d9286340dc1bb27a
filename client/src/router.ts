import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';
import { features } from '@/features';

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/policy' },
  ...features.flatMap((feature) => feature.routes),
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/shared/components/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition;
      // Leave room for the app bar when jumping to a section.
      if (to.hash) return { el: to.hash, top: 80, behavior: 'smooth' };
      return { top: 0 };
    },
  });
}
