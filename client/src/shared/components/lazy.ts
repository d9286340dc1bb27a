import { defineAsyncComponent, ref, watch, type Component, type Ref } from 'vue';

/**
 * True from the first time `needed` is true on. A part of a page that is loaded when it is first
 * used (a dialog, a menu's content, a notice: `defineAsyncComponent`) is rendered with
 * `v-if="useFirstNeed(() => open.value)"`: its code is fetched when it is first opened, not with
 * the page, and it stays rendered afterwards, so that it can close with its transition and open
 * again at once.
 *
 * ```ts
 * const EditDialog = defineAsyncComponent(() => import('../components/EditDialog.vue'));
 * const editing = ref(false);
 * const editUsed = useFirstNeed(() => editing.value);
 * // <EditDialog v-if="editUsed" v-model="editing" />
 * ```
 */
export function useFirstNeed(needed: () => boolean): Readonly<Ref<boolean>> {
  const used = ref(!!needed());
  if (used.value) return used;
  const stop = watch(
    () => !!needed(),
    (value) => {
      if (!value) return;
      used.value = true;
      stop();
    },
  );
  return used;
}

/**
 * A part the page shows only once its data is there (a table of rows): fetched as the page
 * starts, beside the data, instead of with the page's first load. `ready` says it is there;
 * until then the page shows its skeleton. `fetch()` starts the fetch (call it in setup).
 *
 * ```ts
 * const table = fetchedAside(() => import('vuetify/components/VDataTable').then((m) => m.VDataTable));
 * table.fetch();
 * // <component :is="table.component" v-if="rows && table.ready.value" … />
 * ```
 */
export function fetchedAside<C extends Component>(load: () => Promise<C>) {
  const ready = ref(false);
  const loader = () =>
    load().then((component) => {
      ready.value = true;
      return component;
    });
  return {
    component: defineAsyncComponent(loader),
    ready: ready as Readonly<Ref<boolean>>,
    fetch: (): void => void loader(),
  };
}
