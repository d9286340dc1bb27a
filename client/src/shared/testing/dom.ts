import { nextTick } from 'vue';

/** The first element of the page matching `selector` (dialogs are teleported to the body). */
export const $ = (selector: string) => document.querySelector<HTMLElement>(selector);

/** Types `value` into the input inside `selector`, as the reader would, and lets Vue react. */
export async function typeInto(selector: string, value: string): Promise<void> {
  const input = $(`${selector} input`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await nextTick();
}
