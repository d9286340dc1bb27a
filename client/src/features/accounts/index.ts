import { mdiAccountMultipleOutline, mdiKeyChainVariant } from '@mdi/js';
import { accessOf, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

/** Users administration: admins only (the server's `users` and `user*` mutations say the same). */
export const USERS_ACCESS: Access = accessOf('Query.users');
/** Your own API tokens: anyone signed in. */
export const TOKENS_ACCESS: Access = accessOf('Query.myApiTokens');

/** Accounts: signing in, the users administration, and each user's own API tokens. */
export const accountsFeature: Feature = {
  name: 'accounts',
  routes: [
    {
      path: '/sign-in',
      name: 'sign-in',
      component: () => import('./pages/SignInPage.vue'),
      meta: { titleKey: 'signIn.pageTitle', roles: 'public' },
    },
    {
      path: '/admin/users',
      name: 'users',
      component: () => import('./pages/UsersPage.vue'),
      meta: { titleKey: 'users.pageTitle', roles: USERS_ACCESS },
    },
    {
      path: '/account/tokens',
      name: 'tokens',
      component: () => import('./pages/ApiTokensPage.vue'),
      meta: { titleKey: 'tokens.pageTitle', roles: TOKENS_ACCESS },
    },
  ],
  nav: [
    {
      name: 'users',
      to: '/admin/users',
      titleKey: 'nav.users',
      icon: mdiAccountMultipleOutline,
      section: 'administration',
      roles: USERS_ACCESS,
    },
    {
      name: 'tokens',
      to: '/account/tokens',
      titleKey: 'nav.tokens',
      icon: mdiKeyChainVariant,
      section: 'account',
      roles: TOKENS_ACCESS,
    },
  ],
};
