import { Field, ObjectType } from 'type-graphql';

/** A problem the user can fix, returned as data in a mutation's payload. */
@ObjectType({ description: 'A problem with the input that the user can fix.' })
export class UserError {
  @Field(() => String, { description: 'Machine-readable code, e.g. USERNAME_TAKEN.' })
  code!: string;

  @Field(() => String, { description: 'Message for people.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field concerned, if any.' })
  field?: string | null;
}

export const userError = (code: string, message: string, field?: string): UserError => ({
  code,
  message,
  field: field ?? null,
});
