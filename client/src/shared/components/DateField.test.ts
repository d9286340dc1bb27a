import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import DateField from './DateField.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';

const visible = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');
const mounted: { unmount: () => void }[] = [];
afterEach(() => mounted.splice(0).forEach((w) => w.unmount()));

function mountField(props: Record<string, unknown> = {}, locale: 'ar' | 'en' = 'ar') {
  const { wrapper, i18n } = mountWithPlugins(DateField, {
    locale,
    props: { label: 'From', modelValue: null, ...props },
  });
  mounted.push(wrapper);
  const input = wrapper.find('input');
  const emitted = () =>
    (wrapper.emitted('update:modelValue') ?? []).map((args) => args[0] as string | null);
  const text = () => visible(wrapper.text());
  /** Types the text and leaves the field (the person has finished). */
  async function typeAndLeave(value: string) {
    await input.setValue(value);
    await input.trigger('keydown', { key: 'Enter' });
    await nextTick();
  }
  return { wrapper, i18n, input, emitted, text, typeAndLeave };
}

describe('the date field: one field, either calendar, both shown', () => {
  it('shows a Gregorian day in day/month/year with its Hijri day under it', async () => {
    const f = mountField({ modelValue: '2026-12-07' });
    expect((f.input.element as HTMLInputElement).value).toBe('07/12/2026');
    expect(f.text()).toContain('27 جمادى الآخرة 1448 هـ');
  });

  it('takes a Hijri day typed in Arabic-Indic digits and gives the Gregorian day', async () => {
    const f = mountField();
    await f.typeAndLeave('٢٧/٦/١٤٤٨ هـ');
    expect(f.emitted()).toEqual(['2026-12-07']);
    expect((f.input.element as HTMLInputElement).value).toBe('27/06/1448 هـ');
    expect(f.text()).toContain('7 ديسمبر 2026');
  });

  it('takes a Gregorian day typed year first, in English, and shows the Hijri day', async () => {
    const f = mountField({}, 'en');
    await f.typeAndLeave('2026-12-07');
    expect(f.emitted()).toEqual(['2026-12-07']);
    expect((f.input.element as HTMLInputElement).value).toBe('07/12/2026');
    expect(f.text()).toContain('Jumada II 27, 1448 AH');
  });

  it('says why a text is not a day, and changes nothing', async () => {
    const f = mountField({}, 'en');
    await f.typeAndLeave('31/2/2026');
    expect(f.text()).toContain('There is no such day in the Gregorian calendar.');
    await f.typeAndLeave('30/6/1448');
    expect(f.text()).toContain('no such day in the Umm al-Qura calendar');
    await f.typeAndLeave('next week');
    expect(f.text()).toContain('Type the date as day/month/year');
    expect(f.emitted()).toEqual([]);
    expect(f.wrapper.find('[role="alert"], .v-messages').exists()).toBe(true);
  });

  it('refuses a day outside min and max with the bound spelled out', async () => {
    const f = mountField({ max: '2026-12-07' }, 'en');
    await f.typeAndLeave('8/12/2026');
    expect(f.text()).toContain('Choose a day on or before 7 December 2026.');
    expect(f.emitted()).toEqual([]);
  });

  it('waits for a pause in typing, then takes the day without rewriting the text', async () => {
    const f = mountField({}, 'en');
    await f.input.setValue('1448-06-27');
    expect(f.emitted()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(f.emitted()).toEqual(['2026-12-07']);
    expect((f.input.element as HTMLInputElement).value).toBe('1448-06-27');
  });

  it('empties to null, and says a required day is missing', async () => {
    const f = mountField({ modelValue: '2026-12-07', required: true }, 'en');
    await f.typeAndLeave('');
    expect(f.emitted()).toEqual([null]);
    expect(f.text()).toContain('Enter the date.');
  });

  it('follows a day set from outside, and the language', async () => {
    const f = mountField({ modelValue: '2025-06-26' });
    await f.typeAndLeave('1/1/1447');
    // Same day: the Hijri text stays, with its mark in the language shown.
    expect((f.input.element as HTMLInputElement).value).toBe('01/01/1447 هـ');
    f.i18n.global.locale.value = 'en';
    await nextTick();
    expect((f.input.element as HTMLInputElement).value).toBe('01/01/1447 AH');
    await f.wrapper.setProps({ modelValue: '2024-08-15' });
    expect((f.input.element as HTMLInputElement).value).toBe('11/02/1446 AH');
    await f.wrapper.setProps({ modelValue: null });
    expect((f.input.element as HTMLInputElement).value).toBe('');
  });
});
