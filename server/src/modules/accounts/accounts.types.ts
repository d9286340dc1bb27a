import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Role } from '../common/role.js';
import type { User } from './user.entity.js';
import type { ApiToken } from './api-token.entity.js';
import { Connection } from '../common/connection.js';
import { UserError, type Result } from '../common/payload.js';

@ObjectType('User', { description: 'A person who signs in to Masar.' })
export class UserType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Sign-in name (lower case).' })
  username!: string;

  @Field(() => String, { description: 'Name shown in the interface.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, if any.' })
  email!: string | null;

  @Field(() => [Role], { description: 'Roles held by the user.' })
  roles!: Role[];

  @Field(() => Boolean, { description: 'False once deactivated: cannot sign in.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  lastSignInAt!: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}

export const toUserType = (u: User): UserType => ({
  id: String(u.id),
  username: u.username,
  displayName: u.displayName,
  email: u.email ?? null,
  roles: u.roles,
  active: u.active,
  lastSignInAt: u.lastSignInAt ?? null,
  createdAt: u.createdAt,
});

@ObjectType('ApiToken', {
  description: 'A named bearer token; the secret itself is shown only once.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Label given by its owner.' })
  name!: string;

  @Field(() => String, { description: 'First characters of the token, to recognise it.' })
  prefix!: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last time it was used (to the minute).' })
  lastUsedAt!: Date | null;
}

export const toApiTokenType = (t: ApiToken): ApiTokenType => ({
  id: String(t.id),
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt ?? null,
  revokedAt: t.revokedAt ?? null,
  lastUsedAt: t.lastUsedAt ?? null,
});

export const UserConnection = Connection(UserType, 'User');

@ObjectType({ description: 'Result of signing in.' })
export class SignInPayload {
  @Field(() => UserType, { nullable: true, description: 'The signed-in user.' })
  user!: UserType | null;

  @Field(() => Date, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => [UserError], {
    description:
      'Problems with the input; empty on success (refused credentials are errors of the request: UNAUTHENTICATED, LIMIT_EXCEEDED).',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of signing out.' })
export class SignOutPayload {
  @Field(() => Boolean, { description: 'True when a session was closed.' })
  signedOut!: boolean;

  @Field(() => String, { nullable: true, description: 'The input’s clientMutationId, as sent.' })
  clientMutationId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

/**
 * What a change to a user returns. An interface, so that the client selects these fields once
 * (one fragment); each mutation has its own payload implementing it.
 */
@InterfaceType('UserChange', { description: 'What every change to a user answers.' })
abstract class UserChange {
  @Field(() => UserType, { nullable: true, description: 'The user after the change.' })
  user!: UserType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({
  description: 'Result of changing a user’s details, roles or status.',
  implements: UserChange,
})
export class UserUpdatePayload extends UserChange {}

@ObjectType({ description: 'Result of changing your own password.', implements: UserChange })
export class PasswordChangePayload extends UserChange {}

/** What creating a user or resetting a password returns (a generated password, once). */
@InterfaceType('UserCredentialsChange', {
  description: 'What creating a user or resetting a password answers: also a generated password.',
  implements: UserChange,
})
abstract class UserCredentialsChange extends UserChange {
  @Field(() => String, {
    nullable: true,
    description: 'The new password when it was generated; shown once, never stored in clear.',
  })
  generatedPassword!: string | null;
}

@ObjectType({
  description: 'Result of creating a user.',
  implements: [UserChange, UserCredentialsChange],
})
export class UserCreatePayload extends UserCredentialsChange {}

@ObjectType({
  description: 'Result of resetting a user’s password.',
  implements: [UserChange, UserCredentialsChange],
})
export class UserResetPasswordPayload extends UserCredentialsChange {}

/** A service result as a user payload (their fields are the same). */
export const toUserResult = (
  r: Result<{ user: User; generatedPassword?: string | null }>,
): UserCredentialsChange =>
  r.ok
    ? { user: toUserType(r.user), generatedPassword: r.generatedPassword ?? null, errors: [] }
    : { user: null, generatedPassword: null, errors: r.errors };

/** What a change to an API token returns: an interface, selected once by the client. */
@InterfaceType('ApiTokenChange', { description: 'What every change to an API token answers.' })
abstract class ApiTokenChange {
  @Field(() => ApiTokenType, { nullable: true, description: 'The token after the change.' })
  apiToken!: ApiTokenType | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of creating an API token.', implements: ApiTokenChange })
export class ApiTokenCreatePayload extends ApiTokenChange {
  @Field(() => String, {
    nullable: true,
    description: 'The secret token: shown this once, send it as `Authorization: Bearer …`.',
  })
  token!: string | null;
}

@ObjectType({ description: 'Result of revoking an API token.', implements: ApiTokenChange })
export class ApiTokenRevokePayload extends ApiTokenChange {}
