import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { checkPageSize, decodeCursor, toConnection } from '../common/connection.js';
import { unauthenticated } from '../common/errors.js';
import { likeSafe, parseId } from '../common/input.js';
import { Access, SIGNED_IN, PUBLIC } from './access.js';
import {
  ApiTokenCreateInput,
  ApiTokenRevokeInput,
  PasswordChangeInput,
  SignInInput,
  UserCreateInput,
  UserResetPasswordInput,
  UserUpdateInput,
} from './accounts.inputs.js';
import {
  ApiTokenCreatePayload,
  ApiTokenPayload,
  ApiTokenType,
  UserCredentialsPayload,
  SignInPayload,
  SignOutPayload,
  toApiTokenType,
  toUserType,
  UserConnection,
  UserPayload,
  UserType,
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
import { Role } from './role.js';
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
    return { user: toUserType(result.user), expiresAt: result.expiresAt };
  }

  @Access(PUBLIC)
  @Mutation(() => SignOutPayload, {
    description: 'Ends the current session and clears its cookie. Access: anyone.',
  })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    clearSessionCookie(ctx.res, ctx.secure);
    if (ctx.auth?.kind !== 'session') return { signedOut: false };
    await signOut(ctx.em, ctx.auth.id, actorOf(ctx));
    return { signedOut: true };
  }

  @Access(SIGNED_IN)
  @Mutation(() => UserPayload, {
    description:
      'Changes your own password; your other sessions end and your API tokens are revoked. A wrong current password counts as a failed sign-in. Access: any signed-in user.',
  })
  async passwordChange(
    @Arg('input', () => PasswordChangeInput, { description: 'Current and new password.' })
    input: PasswordChangeInput,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    if (!ctx.user) throw unauthenticated();
    const keep = ctx.auth?.kind === 'session' ? ctx.auth.id : null;
    const r = await changeOwnPassword(ctx.em, actorOf(ctx), ctx.user, input, keep);
    return r.ok ? { user: toUserType(r.user), errors: [] } : { user: null, errors: r.errors };
  }

  @Access([Role.ADMIN])
  @Query(() => UserConnection, { description: 'Users, in order of creation. Access: admin.' })
  async users(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of a username or name.' })
    search: string | null,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const term = search ? likeSafe(search.trim().slice(0, 64)) : '';
    const where = term
      ? { $or: [{ username: { $like: `%${term}%` } }, { displayName: { $like: `%${term}%` } }] }
      : {};
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(
        User,
        { ...where, ...(afterId ? { id: { $gt: afterId } } : {}) },
        {
          orderBy: { id: 'asc' },
          limit: first + 1,
        },
      ),
      ctx.em.count(User, where),
    ]);
    return toConnection(rows, { first, after }, totalCount, toUserType);
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserCredentialsPayload, { description: 'Creates a user. Access: admin.' })
  async userCreate(
    @Arg('input', () => UserCreateInput, { description: 'The new user.' }) input: UserCreateInput,
    @Ctx() ctx: Context,
  ): Promise<UserCredentialsPayload> {
    const r = await createUser(ctx.em, actorOf(ctx), input);
    return r.ok
      ? { user: toUserType(r.user), generatedPassword: r.generatedPassword, errors: [] }
      : { user: null, generatedPassword: null, errors: r.errors };
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserPayload, {
    description:
      'Changes a user’s name, e-mail, roles, or deactivates/reactivates them; deactivating ends their sessions and revokes their API tokens. Access: admin.',
  })
  async userUpdate(
    @Arg('input', () => UserUpdateInput, { description: 'The changes.' }) input: UserUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<UserPayload> {
    const r = await updateUser(ctx.em, actorOf(ctx), { ...input, id: parseId(input.id) });
    return r.ok ? { user: toUserType(r.user), errors: [] } : { user: null, errors: r.errors };
  }

  @Access([Role.ADMIN])
  @Mutation(() => UserCredentialsPayload, {
    description:
      'Sets a new password for a user, ends their sessions and revokes their API tokens. Access: admin.',
  })
  async userResetPassword(
    @Arg('input', () => UserResetPasswordInput, { description: 'The user and new password.' })
    input: UserResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<UserCredentialsPayload> {
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
    return r.ok
      ? { user: toUserType(r.user), generatedPassword: r.generatedPassword, errors: [] }
      : { user: null, generatedPassword: null, errors: r.errors };
  }

  @Access(SIGNED_IN)
  @Query(() => [ApiTokenType], {
    description: 'Your API tokens, newest first. Access: any signed-in user.',
  })
  async myApiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    if (!ctx.user) throw unauthenticated();
    const rows = await ctx.em.find(
      ApiToken,
      { user: ctx.user.id },
      { orderBy: { id: 'desc' }, limit: 100 },
    );
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
  @Mutation(() => ApiTokenPayload, {
    description:
      'Revokes one of your API tokens (admins: anyone’s); effective at once. Access: any signed-in user.',
  })
  async apiTokenRevoke(
    @Arg('input', () => ApiTokenRevokeInput, { description: 'The token.' })
    input: ApiTokenRevokeInput,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenPayload> {
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
