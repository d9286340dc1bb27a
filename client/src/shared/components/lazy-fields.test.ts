import { describe, expect, it } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { VSelect } from 'vuetify/components/VSelect';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { settle } from '@/shared/testing/session-fixtures';
import { lazyField } from './lazy-fields';

/** A lazy select whose code arrives when the test says. */
function heldBack() {
  let arrive: (component: Component) => void = () => {};
  const field = lazyField('HeldBackSelect', () => new Promise<Component>((r) => (arrive = r)));
  return { field, arrive: () => arrive(VSelect) };
}

const items = [
  { value: 'a', title: 'Alpha' },
  { value: 'b', title: 'Beta' },
];
function mountField(field: Component, attrs: Record<string, unknown>) {
  const page = defineComponent(
    () => () =>
      h(field, {
        label: 'Status',
        items,
        density: 'comfortable',
        variant: 'outlined',
        'data-testid': 'status',
        ...attrs,
      }),
  );
  return mountWithPlugins(page, { locale: 'en' }).wrapper;
}

describe('lazy choice fields (LazySelect…)', () => {
  it('shows an inert stand-in with the label and the chosen title until the select is there, then the select', async () => {
    const { field, arrive } = heldBack();
    const wrapper = mountField(field, { modelValue: 'a' });
    await settle();
    const standIn = wrapper.get('.v-text-field');
    expect(standIn.attributes('inert')).toBe('');
    expect(standIn.attributes('aria-hidden')).toBe('true');
    expect(standIn.text()).toContain('Status');
    expect(standIn.get('input').element.value).toBe('Alpha');
    expect(standIn.classes()).toContain('v-input--density-comfortable');
    // Its test id is the select's: a test (or a person) waits for the field itself.
    expect(wrapper.find('[data-testid="status"]').exists()).toBe(false);
    expect(wrapper.findComponent(VSelect).exists()).toBe(false);

    arrive();
    await settle();
    const select = wrapper.getComponent(VSelect);
    expect(select.props('modelValue')).toBe('a');
    expect(wrapper.get('[data-testid="status"]').text()).toContain('Alpha');
    expect(wrapper.find('[inert]').exists()).toBe(false);
  });

  it('fetches the code again for the next field when a fetch failed', async () => {
    let calls = 0;
    const field = lazyField('FlakySelect', () =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(VSelect),
    );
    const first = mountField(field, { modelValue: 'a' });
    await settle();
    expect(first.findComponent(VSelect).exists()).toBe(false);
    first.unmount();
    const second = mountField(field, { modelValue: 'a' });
    await settle();
    expect(calls).toBe(2);
    expect(second.getComponent(VSelect).props('modelValue')).toBe('a');
  });

  it("shows a multiple choice's titles, and nothing for no choice", async () => {
    const many = heldBack();
    const wrapper = mountField(many.field, { modelValue: ['a', 'b'], multiple: true });
    await settle();
    expect(wrapper.get<HTMLInputElement>('.v-text-field input').element.value).toBe('Alpha, Beta');
    wrapper.unmount();

    const none = heldBack();
    const empty = mountField(none.field, { modelValue: null });
    await settle();
    expect(empty.get<HTMLInputElement>('.v-text-field input').element.value).toBe('');
  });
});
