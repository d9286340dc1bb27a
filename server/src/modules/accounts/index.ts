import { ApiToken } from './api-token.entity.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';
import { User } from './user.entity.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AuditActorResolver } from './audit-actor.resolver.js';

/** Accounts: users and roles, sessions, API tokens, sign-in throttling. */
export const accountsModule = {
  entities: [User, Session, ApiToken, SignInThrottle],
  resolvers: [AccountsResolver, AuditActorResolver],
} as const;
