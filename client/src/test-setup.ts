import { muteApolloDeprecations } from '@/plugins/apollo';

// happy-dom has no ResizeObserver; Vuetify's layout components observe their size.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

muteApolloDeprecations();
