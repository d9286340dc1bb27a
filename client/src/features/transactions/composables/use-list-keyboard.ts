import { useShortcuts } from '@/shared/shortcuts/use-shortcuts';

/** The list's rows as the page shows them (table rows, or cards on a phone). */
const ROW = '[data-testid="transaction-row"]';

/**
 * The transactions list's keyboard: `j`/`k` move the focus to the next/previous row (the row
 * itself takes the focus, so a screen reader reads it), `Enter` or `o` open the focused row,
 * `x` selects it for a bulk assignment (when `select` is given). `/` (the search) is the app's.
 */
export function useListKeyboard(options: {
  root: () => HTMLElement | null | undefined;
  open: (reference: string) => void;
  select?: () => ((reference: string) => void) | null;
}) {
  const rows = () => [...(options.root()?.querySelectorAll<HTMLElement>(ROW) ?? [])];
  const focusedRow = () =>
    (document.activeElement instanceof HTMLElement &&
      document.activeElement.closest<HTMLElement>(ROW)) ||
    null;

  function move(step: 1 | -1): void {
    const all = rows();
    if (!all.length) return;
    const at = all.indexOf(focusedRow() as HTMLElement);
    const next =
      at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1);
    const row = all[next]!;
    row.focus();
    row.scrollIntoView?.({ block: 'nearest' });
  }
  function withFocused(run: (reference: string) => void): void {
    const reference = focusedRow()?.dataset.reference;
    if (reference) run(reference);
  }

  useShortcuts(
    () => [
      { keys: 'j', label: 'transactions.shortcuts.next', run: () => move(1) },
      { keys: 'k', label: 'transactions.shortcuts.previous', run: () => move(-1) },
      { keys: 'Enter', label: 'transactions.shortcuts.open', run: () => withFocused(options.open) },
      { keys: 'o', label: 'transactions.shortcuts.open', run: () => withFocused(options.open) },
      {
        keys: 'x',
        label: 'transactions.shortcuts.select',
        run: () => {
          const select = options.select?.();
          if (select) withFocused(select);
        },
        when: () => !!options.select?.(),
      },
    ],
    { group: 'transactions.shortcuts.group' },
  );
}
