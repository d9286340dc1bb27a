import {
  camelize,
  defineComponent,
  h,
  shallowRef,
  type Component,
  type ShallowRef,
  type VNode,
} from 'vue';
import { VTextField } from 'vuetify/components/VTextField';

/**
 * Vuetify's choice fields (select, autocomplete, combobox) without their code in the page's
 * first load: `LazySelect`, `LazyAutocomplete` and `LazyCombobox` take everything `v-select`
 * (…) takes, props, v-model and slots, and fetch the field's code (with its menu, overlay and
 * list, ~30 KiB gzipped) when the first of them is set up, beside the page's data, as
 * ConnectionTable fetches the data table. Until it is there each shows a stand-in: an outlined
 * text field of the same size with the same label, value and arrow, inert and hidden from
 * assistive technology (the real field, with its test id, replaces it a moment later).
 *
 * ```vue
 * <LazySelect v-model="status" :items="statusItems" :label="t('status')" v-bind="FILTER_FIELD" />
 * ```
 */
const fetches: (() => Promise<void>)[] = [];

/**
 * Fetches every lazy field's code now (the unit tests do, before mounting: src/test-setup.ts, so
 * that they meet the fields themselves, not their stand-ins).
 */
export async function loadLazyFields(): Promise<void> {
  await Promise.all(fetches.map((fetch) => fetch()));
}

export function lazyField(name: string, load: () => Promise<Component>) {
  const field: ShallowRef<Component | null> = shallowRef(null);
  let loading: Promise<void> | null = null;
  // A fetch that failed (the network dropped) is tried again by the next field set up.
  const fetchField = () =>
    (loading ??= load().then(
      (component) => {
        field.value = component;
      },
      () => {
        loading = null;
      },
    ));
  fetches.push(fetchField);

  return defineComponent({
    name,
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      void fetchField();
      return (): VNode =>
        field.value ? h(field.value, attrs, slots) : h(VTextField, standInProps(attrs));
    },
  });
}

/** What the stand-in shows and how it is laid out: the attributes the text field shares. */
const SHARED = new Set([
  'class',
  'style',
  'label',
  'density',
  'variant',
  'hideDetails',
  'prependInnerIcon',
  'prependIcon',
  'disabled',
  'rounded',
  'bgColor',
  'baseColor',
  'color',
  'flat',
  'singleLine',
  'hint',
  'persistentHint',
  'errorMessages',
  'placeholder',
  'persistentPlaceholder',
]);

type Item = unknown;
function itemTitle(item: Item, titleKey: string): string {
  if (item !== null && typeof item === 'object')
    return String((item as Record<string, unknown>)[titleKey] ?? '');
  return String(item ?? '');
}
function itemValue(item: Item, valueKey: string): unknown {
  if (item !== null && typeof item === 'object')
    return (item as Record<string, unknown>)[valueKey] ?? item;
  return item;
}

function standInProps(attrs: Record<string, unknown>): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) given[camelize(key)] = value;
  const props: Record<string, unknown> = {};
  for (const key of SHARED) if (key in given) props[key] = given[key];

  // The value as the field will show it: the chosen items' titles.
  const items = (given.items as Item[] | undefined) ?? [];
  const titleKey = (given.itemTitle as string | undefined) ?? 'title';
  const valueKey = (given.itemValue as string | undefined) ?? 'value';
  const value = given.modelValue;
  const chosen =
    value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const text = chosen
    .map((v) => {
      const item = items.find((i) => itemValue(i, valueKey) === v) ?? v;
      return itemTitle(item, titleKey);
    })
    .join(', ');

  return {
    ...props,
    modelValue: text,
    readonly: true,
    tabindex: -1,
    appendInnerIcon: '$dropdown',
    // Not there for the keyboard or a screen reader: the real field is, a moment later.
    onVnodeMounted: (vnode: VNode) => {
      const el = vnode.el as HTMLElement | null;
      el?.setAttribute('inert', '');
      el?.setAttribute('aria-hidden', 'true');
    },
  };
}

export const LazySelect = lazyField('LazySelect', () =>
  import('vuetify/components/VSelect').then((m) => m.VSelect),
);
export const LazyAutocomplete = lazyField('LazyAutocomplete', () =>
  import('vuetify/components/VAutocomplete').then((m) => m.VAutocomplete),
);
export const LazyCombobox = lazyField('LazyCombobox', () =>
  import('vuetify/components/VCombobox').then((m) => m.VCombobox),
);
