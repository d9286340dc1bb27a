import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mount } from '@vue/test-utils';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, userWith } from '@/shared/testing/session-fixtures';
import ShortcutHelp from './ShortcutHelp.vue';
import { shortcutKey } from './keys';
import { activeShortcuts, registerShortcuts, useShortcuts, type Shortcut } from './use-shortcuts';

/** A keystroke as the browser sends it, on `target` (the page's body by default). */
function press(key: string, init: KeyboardEventInit & { target?: Element } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  (init.target ?? document.body).dispatchEvent(event);
  return event;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function bind(bindings: Shortcut[], group?: string): void {
  cleanups.push(registerShortcuts(bindings, { group }));
}

/** A page that binds `bindings` with useShortcuts and shows `inner` (the help sheet). */
const pageWith = (bindings: Shortcut[], inner?: typeof ShortcutHelp) =>
  defineComponent({
    setup() {
      useShortcuts(() => bindings, { group: 'shortcuts.groups.page' });
      return () => (inner ? h(inner) : h('div'));
    },
  });

describe('shortcutKey', () => {
  it('reads characters, named keys and the same physical key on an Arabic layout', () => {
    const key = (init: KeyboardEventInit) => shortcutKey(new KeyboardEvent('keydown', init));
    expect(key({ key: 'j' })).toBe('j');
    expect(key({ key: 'J' })).toBe('j'); // Caps Lock, no Shift
    expect(key({ key: 'J', shiftKey: true })).toBe('J');
    expect(key({ key: '?', shiftKey: true })).toBe('?');
    expect(key({ key: 'Enter' })).toBe('Enter');
    expect(key({ key: 'Esc' })).toBe('Escape');
    expect(key({ key: 'ت', code: 'KeyJ' })).toBe('j');
    expect(key({ key: '؟', code: 'Slash', shiftKey: true })).toBe('?');
    expect(key({ key: 'ظ', code: 'Slash' })).toBe('/');
    expect(key({ key: 'ArrowDown', code: 'ArrowDown' })).toBeNull();
  });
});

describe('the shortcut registry', () => {
  it('runs a single key and a two-key sequence, and prevents their default', () => {
    const next = vi.fn();
    const go = vi.fn();
    bind([
      { keys: 'j', label: 'x', run: next },
      { keys: 'g t', label: 'y', run: go },
    ]);
    expect(press('j').defaultPrevented).toBe(true);
    expect(next).toHaveBeenCalledTimes(1);
    press('g');
    expect(go).not.toHaveBeenCalled();
    press('t');
    expect(go).toHaveBeenCalledTimes(1);
    // `t` alone is nothing.
    expect(press('t').defaultPrevented).toBe(false);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('forgets the first key of a sequence after 1.5 s', () => {
    const go = vi.fn();
    bind([{ keys: 'g t', label: 'y', run: go }]);
    const g = new KeyboardEvent('keydown', { key: 'g', bubbles: true, cancelable: true });
    document.body.dispatchEvent(g);
    const late = new KeyboardEvent('keydown', { key: 't', bubbles: true, cancelable: true });
    Object.defineProperty(late, 'timeStamp', { value: g.timeStamp + 1600 });
    document.body.dispatchEvent(late);
    expect(go).not.toHaveBeenCalled();
  });

  it('ignores keys typed in fields, in editors, behind a dialog and with Ctrl/Alt/Meta, but not Escape', () => {
    const run = vi.fn();
    const escape = vi.fn();
    bind([
      { keys: 'j', label: 'x', run },
      { keys: 'Escape', label: 'z', run: escape },
    ]);
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    editor.append(inner);
    document.body.append(input, textarea, editor);
    for (const target of [input, textarea, inner]) {
      expect(press('j', { target }).defaultPrevented).toBe(false);
    }
    press('j', { ctrlKey: true });
    press('j', { metaKey: true });
    expect(run).not.toHaveBeenCalled();
    press('Escape', { target: input });
    expect(escape).toHaveBeenCalledTimes(1);

    const dialog = document.createElement('div');
    dialog.className = 'v-overlay v-overlay--active v-dialog';
    document.body.append(dialog);
    press('j');
    expect(run).not.toHaveBeenCalled();
    press('Escape');
    expect(escape).toHaveBeenCalledTimes(2);
    dialog.remove();
    press('j');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('leaves Enter on a button or a link to that element', () => {
    const open = vi.fn();
    bind([{ keys: 'Enter', label: 'x', run: open }]);
    const button = document.createElement('button');
    const row = document.createElement('tr');
    document.body.append(button, row);
    expect(press('Enter', { target: button }).defaultPrevented).toBe(false);
    expect(open).not.toHaveBeenCalled();
    press('Enter', { target: row });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('lets the last bound win for the same keys, skips bindings whose `when` is false, and forgets them when removed', () => {
    const app = vi.fn();
    const page = vi.fn();
    bind([{ keys: '/', label: 'app', run: app }], 'shortcuts.groups.global');
    const remove = registerShortcuts([
      { keys: '/', label: 'page', run: page },
      { keys: 'x', label: 'never', run: page, when: () => false },
    ]);
    expect(activeShortcuts().map((a) => a.shortcut.label)).toEqual(['page']);
    press('/');
    expect(page).toHaveBeenCalledTimes(1);
    press('x');
    expect(page).toHaveBeenCalledTimes(1);
    remove();
    press('/');
    expect(app).toHaveBeenCalledTimes(1);
  });

  it('binds a component’s shortcuts while it is mounted only', async () => {
    const run = vi.fn();
    const wrapper = mount(pageWith([{ keys: 'k', label: 'x', run }]), { attachTo: document.body });
    press('k');
    wrapper.unmount();
    press('k');
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('ShortcutHelp', () => {
  async function mountHelp(roles: Parameters<typeof userWith>[0], locale: 'ar' | 'en' = 'ar') {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/transactions', component: { render: () => null }, meta: { roles: ['STAFF'] } },
        { path: '/dashboard', component: { render: () => null }, meta: { roles: ['MANAGER'] } },
        { path: '/:any(.*)', component: { render: () => null }, meta: { roles: 'public' } },
      ],
    });
    await router.push('/');
    const { session } = sessionFor(userWith(roles));
    const Page = pageWith([{ keys: 'j', label: 'shortcuts.search', run: () => {} }], ShortcutHelp);
    const mounted = mountWithPlugins(Page, { router, session, locale });
    cleanups.push(() => mounted.wrapper.unmount());
    return router;
  }

  it('opens on ?, lists this page’s shortcuts then the app’s, and offers only pages the role may open', async () => {
    const router = await mountHelp(['STAFF'], 'en');
    press('?', { shiftKey: true });
    // The sheet is loaded on the first `?` (ShortcutHelpSheet.vue, its own chunk).
    const sheet = await vi.waitFor(
      () => {
        const found = document.querySelector('[data-testid="shortcut-help"]');
        if (!found?.querySelector('h3')) throw new Error('the sheet is not shown yet');
        return found;
      },
      { timeout: 5000 },
    );
    const groups = [...sheet.querySelectorAll('h3')].map((h3) => h3.textContent?.trim());
    expect(groups).toEqual(['On this page', 'Everywhere']);
    expect(sheet.querySelector('[data-testid="shortcut-g t"]')?.textContent).toContain(
      'Go to the transactions',
    );
    expect(sheet.querySelector('[data-testid="shortcut-g d"]')).toBeNull();
    // The sheet is a dialog: behind it, `g t` does nothing.
    press('g');
    press('t');
    await nextTick();
    expect(router.currentRoute.value.path).toBe('/');
  });

  it('puts the focus in the page’s search box with /', async () => {
    await mountHelp(['STAFF']);
    const main = document.createElement('main');
    main.id = 'main-content';
    main.innerHTML = '<div data-page-search><input value="typed"></div>';
    document.body.append(main);
    press('/');
    expect(document.activeElement).toBe(main.querySelector('input'));
    // Typed there, / is a character again.
    expect(press('/', { target: document.activeElement! }).defaultPrevented).toBe(false);
  });

  it('goes to a page with g and its letter, in Arabic too', async () => {
    const router = await mountHelp(['MANAGER']);
    press('g');
    press('د', { code: 'KeyD' });
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/dashboard'));
    press('g');
    press('t');
    await nextTick();
    expect(router.currentRoute.value.path).toBe('/dashboard');
  });
});
