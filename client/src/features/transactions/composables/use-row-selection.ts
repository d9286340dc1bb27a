import { computed, ref, watch, type Ref } from 'vue';
import type { TransactionRowFragment } from '@/gql/graphql';

/**
 * The rows of the list's page selected for a bulk assignment, by id, and why the last
 * assignment could not take some of them (by id). A closed transaction cannot be selected;
 * moving to another page or filter forgets what this page had selected.
 */
export function useRowSelection(rows: Ref<readonly TransactionRowFragment[]>) {
  const ids = ref<ReadonlySet<string>>(new Set());
  const failures = ref<ReadonlyMap<string, string>>(new Map());
  const selectable = (row: TransactionRowFragment) => row.status !== 'CLOSED';
  const selectableRows = computed(() => rows.value.filter(selectable));
  const selectedRows = computed(() => rows.value.filter((r) => ids.value.has(r.id)));
  const all = computed(
    () =>
      selectableRows.value.length > 0 && selectedRows.value.length === selectableRows.value.length,
  );
  const some = computed(() => selectedRows.value.length > 0 && !all.value);

  watch(
    () => rows.value.map((r) => r.id).join(','),
    () => {
      const onPage = new Set(rows.value.map((r) => r.id));
      ids.value = new Set([...ids.value].filter((id) => onPage.has(id)));
      failures.value = new Map();
    },
  );

  function set(next: Set<string>): void {
    ids.value = next;
    failures.value = new Map();
  }
  function toggle(row: TransactionRowFragment): void {
    if (!selectable(row)) return;
    const next = new Set(ids.value);
    if (!next.delete(row.id)) next.add(row.id);
    set(next);
  }
  function toggleAll(): void {
    set(all.value ? new Set() : new Set(selectableRows.value.map((r) => r.id)));
  }
  const clear = () => set(new Set());
  /** Selects or unselects the row of this reference (the `x` key). */
  function toggleReference(reference: string): void {
    const row = rows.value.find((r) => r.reference === reference);
    if (row) toggle(row);
  }

  return {
    ids,
    failures,
    selectedRows,
    all,
    some,
    selectable,
    toggle,
    toggleAll,
    toggleReference,
    clear,
    isSelected: (row: TransactionRowFragment) => ids.value.has(row.id),
  };
}
