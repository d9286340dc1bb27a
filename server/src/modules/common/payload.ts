import type { EntityManager } from '@mikro-orm/core';
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

/** What a service returns: the result, or the user-facing problems (and nothing changed). */
export type Result<T> = ({ ok: true } & T) | { ok: false; errors: UserError[] };

export const fail = (...errors: UserError[]) => ({ ok: false as const, errors });

/** Thrown inside a transaction to roll it back and answer with a user-facing problem. */
export class Rejected extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

export const reject = (code: string, message: string, field?: string): never => {
  throw new Rejected(userError(code, message, field));
};

/** Runs `work` in one transaction; a `reject(...)` rolls everything back and becomes `errors`. */
export async function inTransaction<T extends object>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<Result<T>> {
  try {
    return { ok: true as const, ...(await em.transactional(work)) };
  } catch (err) {
    if (err instanceof Rejected) return fail(err.error);
    throw err;
  }
}
