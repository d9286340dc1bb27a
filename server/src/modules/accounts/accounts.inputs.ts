import {
  ValidateIf,
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Role } from '../common/role.js';

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field(() => String, { description: 'Username or e-mail address.' })
  @Length(1, 254)
  login!: string;

  @Field(() => String, { description: 'Password.' })
  @Length(1, 200)
  password!: string;
}

@InputType({ description: 'Signing out: nothing is required.' })
export class SignOutInput {
  @Field(() => String, {
    nullable: true,
    description: 'A string of the client’s choosing, returned as is in the payload.',
  })
  @IsOptional()
  @Length(0, 200)
  clientMutationId?: string | null;
}

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a username or name.' })
  search?: string | null;
}

@InputType({ description: 'A new user.' })
export class UserCreateInput {
  @Field(() => String, {
    description: 'Sign-in name: 3–64 lower-case letters, digits, dot, dash, underscore.',
  })
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3–64 of a-z 0-9 . _ -' })
  username!: string;

  @Field(() => String, { description: 'Name shown in the interface.' })
  @Length(1, 128)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => [Role], { description: 'Roles to grant (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  roles!: Role[];

  @Field(() => String, {
    nullable: true,
    description:
      'Initial password (10–200 characters, not common or breached, not containing the username; else WEAK_PASSWORD); generated and returned once when omitted.',
  })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UserUpdateInput {
  @Field(() => ID, { description: 'The user to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  @IsOptional()
  @Length(1, 128)
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New e-mail address; an empty string removes it.',
  })
  @IsOptional()
  @ValidateIf((o: { email?: string | null }) => o.email !== '')
  @IsEmail()
  email?: string | null;

  @Field(() => [Role], { nullable: true, description: 'The complete new set of roles.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  roles?: Role[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates, true reactivates.' })
  @IsOptional()
  active?: boolean | null;
}

@InputType({ description: 'Reset a user’s password.' })
export class UserResetPasswordInput {
  @Field(() => ID, { description: 'The user.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New password; generated and returned once when omitted.',
  })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;
}

@InputType({ description: 'Change your own password.' })
export class PasswordChangeInput {
  @Field(() => String, { description: 'Current password.' })
  @Length(1, 200)
  currentPassword!: string;

  @Field(() => String, {
    description:
      'New password: 10–200 characters, not common or breached, not containing the username (else WEAK_PASSWORD).',
  })
  @Length(10, 200)
  newPassword!: string;
}

@InputType({ description: 'A new API token for yourself.' })
export class ApiTokenCreateInput {
  @Field(() => String, { description: 'Label, e.g. "monthly report script".' })
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires (1–366); default 90.' })
  @IsOptional()
  @Min(1)
  @Max(366)
  expiresInDays?: number | null;
}

@InputType({ description: 'Revoke an API token.' })
export class ApiTokenRevokeInput {
  @Field(() => ID, { description: 'The token to revoke.' })
  id!: string;
}
