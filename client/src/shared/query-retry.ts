/**
 * A Retry button's handler for a query: asks it again. A failure stays in the query's own `error`
 * (the page shows it), so nothing is thrown here. `const reload = retryOf(refetch)`.
 */
export function retryOf(refetch: () => Promise<unknown> | undefined): () => Promise<void> {
  return async () => {
    try {
      await refetch();
    } catch {
      // Shown by the page's error state.
    }
  };
}
