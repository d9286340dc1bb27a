import { mdiAccountMultipleOutline, mdiKeyChainVariant } from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Users administration: admins only (the server's `users` and `user*` mutations say the same). */
export const USERS_ACCESS: Access = accessOf('Query.users');
/** Your own API tokens: anyone signed in. */
export const TOKENS_ACCESS: Access = accessOf('Query.myApiTokens');

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = {
  users: ['administration', mdiAccountMultipleOutline],
  tokens: ['account', mdiKeyChainVariant],
};

/** Accounts: signing in, the users administration, and each user's own API tokens. */
export const accountsFeature: Feature = defineFeature('accounts', PAGES, NAV, [
  [
    '/sign-in',
    'sign-in',
    'SignInPage',
    'signIn.pageTitle',
    'public',
    { messages: ['signIn', 'errors'] },
  ],
  [
    '/admin/users',
    'users',
    'UsersPage',
    'users.pageTitle',
    USERS_ACCESS,
    { messages: ['accounts', 'signIn', 'errors', 'office'] },
  ],
  [
    '/account/tokens',
    'tokens',
    'ApiTokensPage',
    'tokens.pageTitle',
    TOKENS_ACCESS,
    { messages: ['accounts', 'errors'] },
  ],
]);
