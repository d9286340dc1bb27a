import type { EntityManager } from '@mikro-orm/core';

/**
 * A checklist item may ask for a document on file (`documentTypeKey`). The document types are
 * the documents module's, which depends on policy (through transactions): it registers where the
 * keys come from (`onDocumentTypeKeys`, in its index.ts), so that policy need not import it.
 */
type KeysSource = (em: EntityManager) => Promise<ReadonlySet<string>>;

let source: KeysSource | null = null;

/** Registers where the document types' keys come from (the documents module does, once). */
export function onDocumentTypeKeys(fn: KeysSource): void {
  source = fn;
}

/** The keys a checklist item may name (none when no module registered them). */
export const documentTypeKeys = (em: EntityManager): Promise<ReadonlySet<string>> =>
  source ? source(em) : Promise.resolve(new Set<string>());
