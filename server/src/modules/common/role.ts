import { registerEnumType } from 'type-graphql';

/** What a user may do. A user may hold several roles. */
export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  STAFF = 'STAFF',
  RESEARCHER = 'RESEARCHER',
  COMMITTEE = 'COMMITTEE',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role held by a user; a user may hold several.',
  valuesConfig: {
    ADMIN: { description: 'Administrator: users, roles, settings, audit log.' },
    MANAGER: {
      description: 'Manager: dashboards, policy drafts and board approval, every transaction.',
    },
    STAFF: {
      description:
        'Beneficiary-relations officer: receives beneficiaries and advances transactions.',
    },
    RESEARCHER: { description: 'Social-research officer: takes referrals (step 3).' },
    COMMITTEE: { description: 'Committee member: decides support requests (step 5).' },
    ANALYST: { description: 'Analyst: reads statistics, never personal data.' },
  },
});

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that may read beneficiaries' personal data. */
export const PERSONAL_DATA_ROLES: readonly Role[] = [
  Role.STAFF,
  Role.RESEARCHER,
  Role.COMMITTEE,
  Role.MANAGER,
];

/** Roles that receive beneficiaries and advance their transactions. */
export const OFFICER_ROLES: Role[] = [Role.STAFF, Role.MANAGER];
