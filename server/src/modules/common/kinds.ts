import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { apiError } from './errors.js';
import type { KindEntity } from './kind.entity.js';
import { text } from './localized-text.js';
import { reject } from './payload.js';

const KEY = /^[A-Z][A-Z0-9_]{1,63}$/;

/** What every kind's save input carries: the kind to change (by id) or the key of a new one. */
export interface KindInput {
  id?: number | null;
  key?: string | null;
  name: { ar: string; en: string };
  active?: boolean | null;
}

/**
 * Adds a kind (a checked, unused key; placed last) or finds the one to change, with its name
 * checked (both languages, ≤ 120 characters) and set. `fields` are the kind's own columns;
 * `before` is what the audit keeps of it as it was, those columns included (null for a new one).
 * The caller flushes.
 */
export async function saveKind<K extends KindEntity>(
  tx: EntityManager,
  entity: EntityName<K>,
  label: string,
  input: KindInput,
  fields: Partial<K>,
): Promise<{ kind: K; before: Record<string, unknown> | null }> {
  const name = { ar: input.name.ar.trim(), en: input.name.en.trim() };
  if (!name.ar) reject('REQUIRED', 'Write the Arabic name.', 'name.ar');
  if (!name.en) reject('REQUIRED', 'Write the English name.', 'name.en');
  if (name.ar.length > 120) reject('TOO_LONG', 'At most 120 characters.', 'name.ar');
  if (name.en.length > 120) reject('TOO_LONG', 'At most 120 characters.', 'name.en');
  if (input.id != null) {
    const kind = await tx.findOne(entity, { id: input.id } as FilterQuery<K>);
    if (!kind) throw apiError('NOT_FOUND', `No such ${label}.`);
    const own = Object.fromEntries(Object.keys(fields).map((k) => [k, kind[k as keyof K]]));
    const before = { name: { ...kind.name }, ...own, active: kind.active };
    Object.assign(kind, fields, { name: text(name) });
    if (input.active != null) kind.active = input.active;
    return { kind, before };
  }
  const key = input.key?.trim() ?? '';
  if (!KEY.test(key)) {
    reject('INVALID_KEY', 'A key is 2–64 of A–Z, digits and _, starting with a letter.', 'key');
  }
  if (await tx.count(entity, { key } as FilterQuery<K>)) {
    reject('DUPLICATE_KEY', `A ${label} has this key already.`, 'key');
  }
  const [last] = await tx.find(entity, {} as FilterQuery<K>, {
    orderBy: { position: 'desc' } as never,
    limit: 1,
  });
  const kind = tx.create(entity, {
    ...fields,
    key,
    name: text(name),
    active: input.active ?? true,
    position: (last?.position ?? 0) + 1,
  } as never) as K;
  return { kind, before: null };
}

/** The kinds, in order; inactive ones too when asked. */
export const kindsOf = <K extends KindEntity>(
  em: EntityManager,
  entity: EntityName<K>,
  includeInactive = false,
) =>
  em.find(entity, (includeInactive ? {} : { active: true }) as FilterQuery<K>, {
    orderBy: { position: 'asc', id: 'asc' } as never,
  });
