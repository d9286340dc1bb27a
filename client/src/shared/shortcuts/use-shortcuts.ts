/**
 * Keyboard shortcuts: a page (or any component) declares its own, they work while it is mounted,
 * and the `?` help sheet lists them.
 *
 * ```ts
 * import { useShortcuts } from '@/shared/shortcuts/use-shortcuts';
 *
 * useShortcuts(
 *   () => [
 *     { keys: 'j', label: 'transactions.shortcuts.next', run: () => move(1) },
 *     { keys: 'Enter', label: 'transactions.shortcuts.open', run: openFocused },
 *     { keys: 'g n', label: 'transactions.shortcuts.new', run: goNew, when: () => isOfficer.value },
 *   ],
 *   { group: 'transactions.shortcuts.group' },
 * );
 * ```
 *
 * - `keys`: one key (`'j'`, `'/'`, `'?'`, `'Enter'`, `'Escape'`) or a sequence of two separated
 *   by a space (`'g t'`: `g`, then `t` within 1.5 s). Letters are the Latin keys; the same
 *   physical key works on an Arabic layout. No Ctrl/Alt/Meta combinations (those belong to the
 *   browser and to screen readers). Shift is part of the character (`'?'`, `'J'`).
 * - `label`: the i18n key of what it does, shown in the help sheet in the reader's language.
 * - `run(event)`: what it does; the keystroke's default is prevented.
 * - `when` (optional): the binding exists only while it returns true (a role, a selection).
 * - The bindings may be an array, a ref or a getter; a getter is read again at each keystroke
 *   and each time the help sheet opens.
 * - `options.group`: the i18n key of the heading the help sheet lists them under.
 *
 * Shortcuts do nothing while the reader types in a field (input, text area, select, contenteditable,
 * a textbox/combobox role), while a dialog or a menu is open, or with Ctrl/Alt/Meta held — except
 * `Escape`, which always reaches its binding. `Enter` on a button, link or checkbox is left to
 * that element. When two mounted components bind the same keys, the one mounted last wins (a
 * page's `/` over the app's).
 *
 * The app's own shortcuts (`?` this sheet, `/` the page's search box — an input of type search,
 * or the field marked `data-page-search` —, `g t`, `g d`… to go to a page the reader may open)
 * are bound by `ShortcutHelp.vue`, mounted once in the app shell.
 */
import {
  getCurrentInstance,
  onBeforeUnmount,
  onMounted,
  shallowReactive,
  toValue,
  type MaybeRefOrGetter,
} from 'vue';
import { isPressable, isTyping, overlayOpen, shortcutKey } from './keys';

export interface Shortcut {
  keys: string;
  label: string;
  run: (event: KeyboardEvent) => void;
  when?: () => boolean;
}

export interface ShortcutScope {
  id: number;
  /** i18n key of the help sheet's heading for these bindings. */
  group: string;
  bindings: MaybeRefOrGetter<readonly Shortcut[]>;
}

/** The help sheet's heading for the app's own shortcuts (listed last). */
export const GLOBAL_GROUP = 'shortcuts.groups.global';
/** The help sheet's heading for a component that names no group. */
export const PAGE_GROUP = 'shortcuts.groups.page';
/** How long the second key of a sequence (`g t`) may wait for the first. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/** Every mounted component's bindings, in mounting order. */
const scopes = shallowReactive<ShortcutScope[]>([]);
let nextId = 1;
let pending: { key: string; at: number } | null = null;

/** The bindings in force now, the last mounted first, each `keys` once (the winner's). */
export function activeShortcuts(): { group: string; shortcut: Shortcut }[] {
  const seen = new Set<string>();
  const active: { group: string; shortcut: Shortcut }[] = [];
  for (const scope of [...scopes].reverse()) {
    for (const shortcut of toValue(scope.bindings)) {
      if (seen.has(shortcut.keys) || (shortcut.when && !shortcut.when())) continue;
      seen.add(shortcut.keys);
      active.push({ group: scope.group, shortcut });
    }
  }
  return active;
}

function find(keys: string): Shortcut | undefined {
  return activeShortcuts().find(({ shortcut }) => shortcut.keys === keys)?.shortcut;
}

function startsSequence(key: string): boolean {
  return activeShortcuts().some(({ shortcut }) => shortcut.keys.startsWith(`${key} `));
}

function fire(shortcut: Shortcut, event: KeyboardEvent): void {
  event.preventDefault();
  shortcut.run(event);
}

/** The document's one keydown listener: turns keystrokes into the bindings in force. */
export function onKeydown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  if (event.ctrlKey || event.altKey || event.metaKey) return;
  const key = shortcutKey(event);
  if (!key) return;
  if (key !== 'Escape') {
    if (isTyping(event.target) || overlayOpen()) {
      pending = null;
      return;
    }
    if (key === 'Enter' && isPressable(event.target)) return;
  }
  const previous = pending;
  pending = null;
  if (previous && event.timeStamp - previous.at <= SEQUENCE_TIMEOUT_MS) {
    const sequence = find(`${previous.key} ${key}`);
    if (sequence) return fire(sequence, event);
  }
  const single = find(key);
  if (single) return fire(single, event);
  if (startsSequence(key)) {
    pending = { key, at: event.timeStamp };
    event.preventDefault();
  }
}

function listen(on: boolean): void {
  if (on) document.addEventListener('keydown', onKeydown);
  else document.removeEventListener('keydown', onKeydown);
}

/**
 * Adds bindings until the returned function is called (outside a component, or for bindings
 * that come and go on their own).
 */
export function registerShortcuts(
  bindings: MaybeRefOrGetter<readonly Shortcut[]>,
  options: { group?: string } = {},
): () => void {
  const scope: ShortcutScope = { id: nextId++, group: options.group ?? PAGE_GROUP, bindings };
  if (scopes.length === 0) listen(true);
  scopes.push(scope);
  return () => {
    const index = scopes.findIndex((s) => s.id === scope.id);
    if (index < 0) return;
    scopes.splice(index, 1);
    if (scopes.length === 0) {
      listen(false);
      pending = null;
    }
  };
}

/** Binds `bindings` while the calling component is mounted (see the top of this file). */
export function useShortcuts(
  bindings: MaybeRefOrGetter<readonly Shortcut[]>,
  options: { group?: string } = {},
): void {
  if (!getCurrentInstance()) throw new Error('useShortcuts: call it in a component setup');
  let unregister: (() => void) | null = null;
  onMounted(() => {
    unregister = registerShortcuts(bindings, options);
  });
  onBeforeUnmount(() => unregister?.());
}

/** The keys of a binding, one by one, as the help sheet shows them (`'g t'` → `['g', 't']`). */
export function keySequence(keys: string): string[] {
  return keys.split(' ').filter(Boolean);
}
