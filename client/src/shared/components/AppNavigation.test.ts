import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import AppNavigation from './AppNavigation.vue';
import { createAppRouter } from '@/router';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { SessionUser } from '@/shared/composables/use-session';
import type { Role } from '@/shared/roles';

async function drawerFor(user: SessionUser | null) {
  const { session, apollo } = sessionFor(user);
  const router = createAppRouter(session, createMemoryHistory());
  await router.push('/policy');
  const { wrapper } = mountWithPlugins(AppNavigation, { session, apollo, router, locale: 'en' });
  await settle();
  const entries = wrapper
    .findAll('[data-testid^="nav-"]')
    .map((item) => item.attributes('data-testid'));
  return { wrapper, entries };
}

const rolesOf = (roles: Role[]) => userWith(roles);
/** The entries every signed-in role has, in the drawer's order. */
const EVERY_STAFF_READS = ['nav-policy', 'nav-policy-versions', 'nav-library'];

describe('drawer: each user sees only the pages they may open', () => {
  it('shows an anonymous visitor the policy only', async () => {
    const { entries } = await drawerFor(null);
    expect(entries).toEqual(['nav-policy']);
  });

  it('shows an analyst the explorer, the satisfaction figures, the policy, the library and their API tokens, no administration', async () => {
    const { entries, wrapper } = await drawerFor(rolesOf(['ANALYST']));
    expect(entries).toEqual([
      'nav-explorer',
      'nav-satisfaction',
      ...EVERY_STAFF_READS,
      'nav-tokens',
    ]);
    expect(wrapper.get('[data-testid="nav-explorer"]').attributes('href')).toBe('/explorer');
    expect(wrapper.text()).not.toContain('Administration');
  });

  it('shows a manager the daily work and the audit log, but not the users', async () => {
    const { entries } = await drawerFor(rolesOf(['MANAGER']));
    expect(entries).toEqual([
      'nav-dashboard',
      'nav-explorer',
      'nav-transactions',
      'nav-committee',
      'nav-referrals',
      'nav-beneficiaries',
      'nav-renewals',
      'nav-feedback',
      'nav-satisfaction',
      ...EVERY_STAFF_READS,
      'nav-document-types',
      'nav-support-types',
      'nav-audit',
      'nav-holidays',
      'nav-tokens',
    ]);
  });

  it('shows a committee member their queue, a researcher theirs, each without the other', async () => {
    const committee = await drawerFor(rolesOf(['COMMITTEE']));
    expect(committee.entries).toEqual([
      'nav-transactions',
      'nav-committee',
      'nav-beneficiaries',
      'nav-renewals',
      ...EVERY_STAFF_READS,
      'nav-tokens',
    ]);
    document.body.innerHTML = '';
    const researcher = await drawerFor(rolesOf(['RESEARCHER']));
    expect(researcher.entries).toEqual([
      'nav-transactions',
      'nav-referrals',
      'nav-beneficiaries',
      ...EVERY_STAFF_READS,
      'nav-tokens',
    ]);
  });

  it('shows an admin the users, the audit log, the backups, the document types and the holidays, grouped under Administration', async () => {
    const { entries, wrapper } = await drawerFor(rolesOf(['ADMIN']));
    expect(entries).toEqual([
      'nav-dashboard',
      ...EVERY_STAFF_READS,
      'nav-document-types',
      'nav-support-types',
      'nav-users',
      'nav-audit',
      'nav-backups',
      'nav-holidays',
      'nav-tokens',
    ]);
    expect(wrapper.text()).toContain('Administration');
    expect(wrapper.get('[data-testid="nav-users"]').text()).toContain('Users');
  });

  it('adds up the roles of a user holding several', async () => {
    const { entries } = await drawerFor(rolesOf(['STAFF', 'ANALYST']));
    expect(entries).toEqual([
      'nav-explorer',
      'nav-transactions',
      'nav-beneficiaries',
      'nav-renewals',
      'nav-feedback',
      'nav-satisfaction',
      ...EVERY_STAFF_READS,
      'nav-tokens',
    ]);
  });
});
