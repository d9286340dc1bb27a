import {
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type ShallowRef,
} from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from '../graphql-request';

export interface UseRequestOptions {
  /** While false, nothing is asked (and the last answer stays). Default: true. */
  enabled?: MaybeRefOrGetter<boolean>;
}

export interface UseRequest<TData> {
  /** The last answer, or undefined before the first one. */
  result: Readonly<ShallowRef<TData | undefined>>;
  loading: Readonly<ShallowRef<boolean>>;
  /** What the last request threw (a RequestError), or null. */
  error: Readonly<ShallowRef<unknown>>;
  /** Asks again with the current variables; rejects as the request did (retryOf catches it). */
  refetch: () => Promise<TData | undefined>;
}

/**
 * A query for a page without Apollo Client (the public pages): its answer, whether it is
 * loading, its error, and a refetch, asked again whenever the variables change. An answer to
 * variables that have changed since is dropped.
 */
export function useRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: MaybeRefOrGetter<TVariables> | null = null,
  options: UseRequestOptions = {},
): UseRequest<TData> {
  const result = shallowRef<TData | undefined>(undefined);
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  let latest: AbortController | null = null;

  async function run(): Promise<TData | undefined> {
    latest?.abort();
    const mine = new AbortController();
    latest = mine;
    loading.value = true;
    try {
      const data = await request(document, (toValue(variables) ?? undefined) as TVariables, {
        signal: mine.signal,
      });
      if (latest !== mine) return data;
      result.value = data;
      error.value = null;
      return data;
    } catch (err) {
      if (latest !== mine) return undefined;
      error.value = err;
      throw err;
    } finally {
      if (latest === mine) loading.value = false;
    }
  }

  const enabled = () => toValue(options.enabled ?? true);
  watch(
    () => [enabled(), JSON.stringify(toValue(variables) ?? null)] as const,
    ([on]) => {
      if (on) run().catch(() => undefined);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    latest?.abort();
    latest = null;
  });

  return { result, loading, error, refetch: run };
}
