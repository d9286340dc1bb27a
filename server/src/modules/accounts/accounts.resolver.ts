import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { Access, SIGNED_IN, PUBLIC } from '../common/access.js';
import {
  ApiTokenCreateInput,
  ApiTokenRevokeInput,
  PasswordChangeInput,
  SignInInput,
  SignOutInput,
  UserCreateInput,
  UserResetPasswordInput,
  UsersArgs,
  UserUpdateInput,
} from './accounts.inputs.js';
import {
  ApiTokenCreatePayload,
  ApiTokenRevokePayload,
  ApiTokenType,
  PasswordChangePayload,
  SignInPayload,
  SignOutPayload,
  toApiTokenType,
  toUserResult,
  toUserType,
  UserConnection,
  UserCreatePayload,
  UserResetPasswordPayload,
  UserType,
  UserUpdatePayload,
} from './accounts.types.js';
import {
  changeOwnPassword,
  createApiToken,
  createUser,
  resetPassword,
  revokeApiToken,
  updateUser,
} from './accounts.service.js';
import { signIn, signOut } from './auth.service.js';
import { setSessionCookie, clearSessionCookie } from './cookies.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../common/role.js';
import { User } from './user.entity.js';

@Resolver()
export class AccountsResolver {
  @Access(PUBLIC)
  @Query(() => UserType, {
    nullable: true,
    description: 'The signed-in user, or null when not signed in. Access: anyone.',
  })
  me(@Ctx() ctx: Context): UserType | null {
    return ctx.user ? toUserType(ctx.user) : null;
  }

  @Access(PUBLIC)
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with a username (or e-mail) and password; sets the session cookie. Guesses are counted before the check: too many from one address on one account lock that pair, from new addresses they slow the account down (LIMIT_EXCEEDED with retryAfterSeconds). Access: anyone.',
  })
  async signIn(
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SignInPayload> {
    const result = await signIn(
      ctx.em,
      input,
      { ip: ctx.ip, userAgent: ctx.userAgent, requestId: ctx.requestId },
      ctx.sessions,
    );
    setSessionCookie(ctx.res, result.sessionToken, result.expiresAt, ctx.secure);
    return { user: toUserType(result.user), expiresAt: result.expiresAt, errors: [] };
  }

  @Access(PUBLIC)
  @Mutation(() => SignOutPayload, {
    description: 'Ends the current session and clears its cookie. Access: anyone.',
  })
  async signOut(
    @Arg('input', () => SignOutInput, { nullable: true, description: 'Nothing is required.' })
    input: SignOutInput | null,
    @Ctx() ctx: Context,
  ): Promise<SignOutPayload> {
    clearSessionCookie(ctx.res, ctx.secure);
    const clientMutationId = input?.clientMutationId ?? null;
    if (ctx.auth?.kind !== 'session') return { signedOut: false, clientMutationId, errors: [] };
    await signOut(ctx.em, ctx.auth.id, actorOf(ctx));
    return { signedOut: true, clientMutationId, errors: [] };
  }

  @Access(SIGNED_IN)
  @Mutation(() => PasswordChangePayload, {
    description:
      'Changes your own password; your other sessions end and your API tokens are revoked. A wrong current password counts as a failed sign-in. Access: any signed-in user.',
  })
  async passwordChange(
    @Arg('input', () => PasswordChangeInput, { description: 'Current and new password.' })
    input: PasswordChangeInput,
    @Ctx() ctx: Context,
  ): Promise<PasswordChangePayload> {
    if (!ctx.user) throw unauthenticated();
    const keep = ctx.auth?.kind === 'session' ? ctx.auth.id : null;
    return toUserResult(await changeOwnPassword(ctx.em, actorOf(ctx), ctx.user, input, keep));
  }

  @Access([Role.ADMIN])
  @Query(() => UserConnection, { description: 'Users, in order of creation. Access: admin.' })
  users(@Args() { first, after, search }: UsersArgs, @Ctx() ctx: Context) {
    return ctx.em.getRepository(User).page(search, { first, after }, toUserType);
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserCreatePayload, { description: 'Creates a user. Access: admin.' })
  async userCreate(
    @Arg('input', () => UserCreateInput, { description: 'The new user.' }) input: UserCreateInput,
    @Ctx() ctx: Context,
  ): Promise<UserCreatePayload> {
    return toUserResult(await createUser(ctx.em, actorOf(ctx), input));
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserUpdatePayload, {
    description:
      'Changes a user’s name, e-mail, roles, or deactivates/reactivates them; deactivating ends their sessions and revokes their API tokens. Access: admin.',
  })
  async userUpdate(
    @Arg('input', () => UserUpdateInput, { description: 'The changes.' }) input: UserUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<UserUpdatePayload> {
    return toUserResult(
      await updateUser(ctx.em, actorOf(ctx), { ...input, id: parseId(input.id) }),
    );
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserResetPasswordPayload, {
    description:
      'Sets a new password for a user, ends their sessions and revokes their API tokens. Access: admin.',
  })
  async userResetPassword(
    @Arg('input', () => UserResetPasswordInput, { description: 'The user and new password.' })
    input: UserResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<UserResetPasswordPayload> {
    const r = await resetPassword(
      ctx.em,
      actorOf(ctx),
      {
        id: parseId(input.id),
        password: input.password,
      },
      // Resetting your own password keeps the session you are using; others end.
      ctx.auth?.kind === 'session' ? ctx.auth.id : null,
    );
    return toUserResult(r);
  }

  @Access(SIGNED_IN)
  @Query(() => [ApiTokenType], {
    description: 'Your API tokens, newest first. Access: any signed-in user.',
  })
  async myApiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    if (!ctx.user) throw unauthenticated();
    const rows = await ctx.em.getRepository(ApiToken).ownedBy(ctx.user.id);
    return rows.map(toApiTokenType);
  }

  @Access(SIGNED_IN)
  @Mutation(() => ApiTokenCreatePayload, {
    description:
      'Creates an API token for yourself; the secret is returned once. At most 10 active tokens per user (TOO_MANY_TOKENS). Access: any signed-in user.',
  })
  async apiTokenCreate(
    @Arg('input', () => ApiTokenCreateInput, { description: 'Name and expiry.' })
    input: ApiTokenCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenCreatePayload> {
    if (!ctx.user) throw unauthenticated();
    const r = await createApiToken(ctx.em, actorOf(ctx), ctx.user, input);
    return r.ok
      ? { apiToken: toApiTokenType(r.apiToken), token: r.token, errors: [] }
      : { apiToken: null, token: null, errors: r.errors };
  }

  @Access(SIGNED_IN)
  @Mutation(() => ApiTokenRevokePayload, {
    description:
      'Revokes one of your API tokens (admins: anyone’s); effective at once. Access: any signed-in user.',
  })
  async apiTokenRevoke(
    @Arg('input', () => ApiTokenRevokeInput, { description: 'The token.' })
    input: ApiTokenRevokeInput,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenRevokePayload> {
    if (!ctx.user) throw unauthenticated();
    const r = await revokeApiToken(
      ctx.em,
      actorOf(ctx),
      { userId: ctx.user.id, isAdmin: ctx.user.roles.includes(Role.ADMIN) },
      { id: parseId(input.id) },
    );
    return r.ok
      ? { apiToken: toApiTokenType(r.apiToken), errors: [] }
      : { apiToken: null, errors: r.errors };
  }
}
