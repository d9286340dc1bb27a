/** The demo's staff: created through the accounts service, so they can sign in. */
import type { EntityManager } from '@mikro-orm/core';
import { createUser } from '../../modules/accounts/accounts.service.js';
import { Role } from '../../modules/common/role.js';
import { User } from '../../modules/accounts/user.entity.js';
import { systemActor } from '../../modules/audit/audit.service.js';

export const DEMO_PASSWORD = 'demo-pass-2026';

const DEMO_USERS: { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'staff1', displayName: 'أحمد الموظف', roles: [Role.STAFF] },
  { username: 'staff2', displayName: 'نورة الشهري', roles: [Role.STAFF] },
  { username: 'staff3', displayName: 'سعد العتيبي', roles: [Role.STAFF] },
  { username: 'staff4', displayName: 'هند الزهراني', roles: [Role.STAFF] },
  { username: 'staff5', displayName: 'فهد الدوسري', roles: [Role.STAFF] },
  { username: 'researcher1', displayName: 'مريم الباحثة', roles: [Role.RESEARCHER] },
  { username: 'researcher2', displayName: 'خالد الحربي', roles: [Role.RESEARCHER] },
  { username: 'committee1', displayName: 'د. عبدالله الغامدي', roles: [Role.COMMITTEE] },
  { username: 'committee2', displayName: 'أ. لطيفة القحطاني', roles: [Role.COMMITTEE] },
  { username: 'committee3', displayName: 'أ. ناصر المطيري', roles: [Role.COMMITTEE] },
  { username: 'manager1', displayName: 'مها المديرة', roles: [Role.MANAGER] },
  { username: 'analyst1', displayName: 'عمر المحلل', roles: [Role.ANALYST] },
];

export interface DemoStaff {
  count: number;
  staff: User[];
  researchers: User[];
  committee: User[];
  manager: User;
}

/** The demo users, created when missing (password DEMO_PASSWORD), grouped by role. */
export async function demoUsers(em: EntityManager): Promise<DemoStaff> {
  const users = new Map<string, User>();
  for (const u of DEMO_USERS) {
    const existing = await em.findOne(User, { username: u.username });
    if (existing) users.set(u.username, existing);
    else {
      const r = await createUser(em, systemActor('demo'), { ...u, password: DEMO_PASSWORD });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      users.set(u.username, r.user);
    }
  }
  const byRole = (role: Role) =>
    DEMO_USERS.filter((u) => u.roles.includes(role)).map((u) => users.get(u.username)!);
  return {
    count: users.size,
    staff: byRole(Role.STAFF),
    researchers: byRole(Role.RESEARCHER),
    committee: byRole(Role.COMMITTEE),
    manager: users.get('manager1')!,
  };
}
