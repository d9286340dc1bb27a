import { afterEach, beforeAll } from 'vitest';
import { muteApolloDeprecations } from '@/plugins/apollo';
import { loadLazyFields } from '@/shared/components/lazy-fields';

// happy-dom has no ResizeObserver; Vuetify's layout components observe their size.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// …nor visualViewport, which Vuetify's overlays (dialogs, menus) read to place themselves.
if (!('visualViewport' in globalThis) || !globalThis.visualViewport) {
  const viewport = {
    get width() {
      return window.innerWidth;
    },
    get height() {
      return window.innerHeight;
    },
    offsetLeft: 0,
    offsetTop: 0,
    pageLeft: 0,
    pageTop: 0,
    scale: 1,
    addEventListener(): void {},
    removeEventListener(): void {},
  };
  Object.defineProperty(globalThis, 'visualViewport', { value: viewport, configurable: true });
}

muteApolloDeprecations();

// The choice fields' code (LazySelect…) is fetched beside a page's data in the app; here it is
// there before the first mount, so that a test meets the fields, not their stand-ins.
beforeAll(loadLazyFields);

// Every test starts from an empty page: what a test mounted (dialogs, menus teleported to the
// body included) is gone before the next one.
afterEach(() => {
  document.body.innerHTML = '';
});
