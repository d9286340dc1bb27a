import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { Transaction } from './transaction.entity.js';

/**
 * A beneficiary's earlier transactions, as the committee reads them beside a request: those
 * opened in the twelve months before it (not itself, not later ones), the latest first, at most
 * EARLIER_MAX. A page of transactions reads them in one statement, batched per request with
 * DataLoader: its beneficiaries' transactions of the period (by the beneficiary_id index), shared
 * out in memory.
 */
export const EARLIER_MAX = 20;

/** Twelve calendar months before `at`. */
export const yearBefore = (at: Date): Date => {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
};

const comesBefore = (a: Transaction, b: Transaction) =>
  a.openedAt < b.openedAt || (a.openedAt.getTime() === b.openedAt.getTime() && a.id < b.id);

const loaders = new WeakMap<EntityManager, DataLoader<Transaction, Transaction[], number>>();

function loaderOf(em: EntityManager) {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(
      async (keys: readonly Transaction[]) => {
        const beneficiaries = [...new Set(keys.map((t) => t.beneficiary.id))];
        const from = new Date(Math.min(...keys.map((t) => yearBefore(t.openedAt).getTime())));
        const to = new Date(Math.max(...keys.map((t) => t.openedAt.getTime())));
        const rows = await em.find(
          Transaction,
          { beneficiary: { $in: beneficiaries }, openedAt: { $gte: from, $lte: to } },
          { orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] },
        );
        return keys.map((t) => {
          const since = yearBefore(t.openedAt);
          return rows
            .filter(
              (r) =>
                r.beneficiary.id === t.beneficiary.id &&
                r.id !== t.id &&
                r.openedAt >= since &&
                comesBefore(r, t),
            )
            .slice(0, EARLIER_MAX);
        });
      },
      { cacheKeyFn: (t) => t.id },
    );
    loaders.set(em, loader);
  }
  return loader;
}

/** The transaction's earlier ones (see above), the latest first, at most `first`. */
export async function earlierTransactions(
  em: EntityManager,
  t: Transaction,
  first: number,
): Promise<Transaction[]> {
  return (await loaderOf(em).load(t)).slice(0, first);
}
