import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { User } from '../accounts/user.entity.js';
import { engineOf } from '../common/text-index.js';
import { foldArabic } from '../common/arabic.js';
import { fail, inTransaction, reject, userError, type Result } from '../common/payload.js';
import { Role } from '../common/role.js';
import { TransactionView } from './transaction-view.entity.js';
import type { TransactionFilter, TransactionSort } from './transaction.inputs.js';
import { transactionWhere } from './transaction.repository.js';

/** Most views one user may own. */
export const MAX_VIEWS_PER_USER = 50;
export const VIEW_NAME_MAX = 60;

/** Who acts on a view: their id and roles. */
export interface ViewReader {
  id: number;
  roles: readonly Role[];
}

/** A view is listed for its owner and, once shared, for everyone who reads the list. */
export const mayRead = (view: TransactionView, reader: ViewReader) =>
  view.shared || view.owner.id === reader.id;

/** Its owner changes it; so may a manager once it is shared (the association's common views). */
export const mayEdit = (view: TransactionView, reader: ViewReader) =>
  view.owner.id === reader.id || (view.shared && reader.roles.includes(Role.MANAGER));

/** The name as saved: spacing collapsed; 1–60 characters. */
function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  return name.length >= 1 && [...name].length <= VIEW_NAME_MAX ? name : null;
}

/** Two names are the same when they differ only in case, spacing or Arabic letter forms. */
const sameName = (a: string, b: string) =>
  foldArabic(a).toLocaleLowerCase('en') === foldArabic(b).toLocaleLowerCase('en');

/**
 * The filter as stored: only the conditions it sets, dates as ISO strings. It went through the
 * list's own input type (class-validator) and through `transactionWhere`, the list's query, which
 * refuses what the list would (an id that is not one, a period that runs backwards).
 */
function storedFilter(
  filter: TransactionFilter | null | undefined,
  owner: User,
  engine: DatabaseEngine,
): string {
  transactionWhere(filter ?? null, owner, engine);
  const plain = JSON.parse(JSON.stringify(filter ?? {})) as Record<string, unknown>;
  const drop = (o: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(o)) {
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k];
      else if (typeof v === 'object' && !Array.isArray(v)) drop(v as Record<string, unknown>);
    }
  };
  drop(plain);
  return JSON.stringify(plain);
}

const storedSort = (sort: TransactionSort | null | undefined) =>
  sort ? JSON.stringify({ field: sort.field, direction: sort.direction }) : null;

async function checkName(
  tx: EntityManager,
  ownerId: number,
  raw: string,
  except: number | null,
): Promise<string> {
  const name = cleanName(raw);
  if (!name) {
    return reject(
      'INVALID_NAME',
      `Give the view a name of 1 to ${VIEW_NAME_MAX} characters.`,
      'name',
    );
  }
  const mine = await tx.find(TransactionView, { owner: ownerId }, { fields: ['id', 'name'] });
  if (mine.some((v) => v.id !== except && sameName(v.name, name))) {
    reject('NAME_TAKEN', 'You already have a view of that name.', 'name');
  }
  return name;
}

export async function createView(
  em: EntityManager,
  owner: User,
  input: {
    name: string;
    filter?: TransactionFilter | null;
    sort?: TransactionSort | null;
    shared: boolean;
  },
): Promise<Result<{ view: TransactionView }>> {
  if (!cleanName(input.name)) {
    return fail(
      userError(
        'INVALID_NAME',
        `Give the view a name of 1 to ${VIEW_NAME_MAX} characters.`,
        'name',
      ),
    );
  }
  const filter = storedFilter(input.filter, owner, engineOf(em));
  return inTransaction(em, async (tx) => {
    // Touching the owner's row serialises one user's creations, so neither the count nor the
    // name check can be raced past.
    await tx.nativeUpdate(User, { id: owner.id }, { username: owner.username });
    const name = await checkName(tx, owner.id, input.name, null);
    if ((await tx.count(TransactionView, { owner: owner.id })) >= MAX_VIEWS_PER_USER) {
      reject(
        'TOO_MANY_VIEWS',
        `At most ${MAX_VIEWS_PER_USER} views each: delete one first.`,
        'name',
      );
    }
    const view = tx.create(TransactionView, {
      owner: tx.getReference(User, owner.id),
      name,
      filter,
      sort: storedSort(input.sort),
      shared: input.shared,
    });
    await tx.flush();
    await tx.populate(view, ['owner']);
    return { view };
  });
}

/** Loads a view the reader may change; one they may not even read is "not found". */
async function editable(
  tx: EntityManager,
  id: number,
  reader: ViewReader,
): Promise<TransactionView> {
  const view = await tx.findOne(TransactionView, { id }, { populate: ['owner'] });
  if (!view || !mayRead(view, reader)) return reject('NOT_FOUND', 'No such view.', 'id');
  if (!mayEdit(view, reader)) {
    return reject('NOT_ALLOWED', 'Only its owner or a manager may change a shared view.', 'id');
  }
  return view;
}

export function renameView(
  em: EntityManager,
  reader: ViewReader,
  input: { id: number; name: string },
): Promise<Result<{ view: TransactionView }>> {
  return inTransaction(em, async (tx) => {
    const view = await editable(tx, input.id, reader);
    await tx.nativeUpdate(User, { id: view.owner.id }, { username: view.owner.username });
    view.name = await checkName(tx, view.owner.id, input.name, view.id);
    await tx.flush();
    return { view };
  });
}

export function shareView(
  em: EntityManager,
  reader: ViewReader,
  input: { id: number; shared: boolean },
): Promise<Result<{ view: TransactionView }>> {
  return inTransaction(em, async (tx) => {
    const view = await editable(tx, input.id, reader);
    view.shared = input.shared;
    await tx.flush();
    return { view };
  });
}

export function deleteView(
  em: EntityManager,
  reader: ViewReader,
  input: { id: number },
): Promise<Result<{ deletedId: number }>> {
  return inTransaction(em, async (tx) => {
    const view = await editable(tx, input.id, reader);
    tx.remove(view);
    await tx.flush();
    return { deletedId: input.id };
  });
}
