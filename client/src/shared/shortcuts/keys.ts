/**
 * Reading a keystroke as a shortcut key, and deciding when a keystroke is not one (the reader is
 * typing, a dialog is open, a button is being pressed). Used by `use-shortcuts.ts`.
 */

/** Named keys a shortcut may use, as `KeyboardEvent.key` spells them. */
const NAMED: Record<string, string> = { Enter: 'Enter', Escape: 'Escape', Esc: 'Escape' };

/**
 * The key a shortcut is written with: a printable character (`j`, `/`, `?`) or a named key
 * (`Enter`, `Escape`); null for anything else (arrows, Tab, a modifier alone). On an Arabic
 * layout the same physical key counts (`KeyJ` typing "ت" is `j`, Shift+`Slash` typing "؟" is
 * `?`), so staff need not switch their keyboard to English. A letter with Caps Lock is lower case
 * unless Shift is held.
 */
export function shortcutKey(event: KeyboardEvent): string | null {
  const named = NAMED[event.key];
  if (named) return named;
  if (event.key.length === 1 && /[\x21-\x7e]/.test(event.key)) {
    return /[A-Za-z]/.test(event.key) && !event.shiftKey ? event.key.toLowerCase() : event.key;
  }
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter) return event.shiftKey ? letter[1]! : letter[1]!.toLowerCase();
  const digit = /^Digit(\d)$/.exec(event.code);
  if (digit && !event.shiftKey) return digit[1]!;
  if (event.code === 'Slash') return event.shiftKey ? '?' : '/';
  return null;
}

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);
const PRESSABLE_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'tab',
]);

/** True when the keystroke goes into a field: an input, a text area, a list box, an editor. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable=""], [contenteditable="true"]'))
    return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return TYPING_ROLES.has(target.getAttribute('role') ?? '');
}

/**
 * True when Enter on the target already does something of its own (a button, a link, a
 * checkbox…): the shortcut leaves it to the browser.
 */
export function isPressable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT') return true;
  return PRESSABLE_ROLES.has(target.getAttribute('role') ?? '');
}

/**
 * True while a dialog or a menu is open over the page (Vuetify's active overlays, or any modal):
 * page shortcuts must not act behind it.
 */
export function overlayOpen(): boolean {
  return !!document.querySelector(
    '.v-overlay--active.v-dialog, .v-overlay--active.v-menu, [aria-modal="true"]',
  );
}
