import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { TransactionEvent, type Transaction } from './transaction.entity.js';
import type { TransactionEventKind } from './transaction.enums.js';

/**
 * A page's timelines cut to some kinds of event (a queue shows each row's latest referral or
 * deferral, not its whole timeline): one statement for the page's transactions, the events of
 * those kinds alone, batched per request with DataLoader. MikroORM's own collection batching
 * cannot do it: a filtered load marks the collection loaded with the filtered events in it.
 */
const loaders = new WeakMap<EntityManager, Map<string, DataLoader<number, TransactionEvent[]>>>();

function loaderOf(em: EntityManager, kinds: readonly TransactionEventKind[]) {
  let byKinds = loaders.get(em);
  if (!byKinds) loaders.set(em, (byKinds = new Map()));
  const key = [...new Set(kinds)].sort().join(',');
  let loader = byKinds.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const events = await em.find(
        TransactionEvent,
        { transaction: { $in: [...ids] }, kind: { $in: [...kinds] } },
        { orderBy: { id: 'asc' } },
      );
      const byTransaction = new Map<number, TransactionEvent[]>();
      for (const e of events) {
        const list = byTransaction.get(e.transaction.id) ?? [];
        list.push(e);
        byTransaction.set(e.transaction.id, list);
      }
      return ids.map((id) => byTransaction.get(id) ?? []);
    });
    byKinds.set(key, loader);
  }
  return loader;
}

/** The transaction's events of these kinds, oldest first (from memory when its timeline is). */
export async function eventsOfKinds(
  em: EntityManager,
  t: Transaction,
  kinds: readonly TransactionEventKind[],
): Promise<TransactionEvent[]> {
  if (t.events.isInitialized()) return t.events.getItems().filter((e) => kinds.includes(e.kind));
  return loaderOf(em, kinds).load(t.id);
}
