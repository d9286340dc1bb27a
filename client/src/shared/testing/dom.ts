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

/** The element whose data-testid is `id`, or null. */
export const byTestId = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Text as read: without the bidi marks numbers and dates carry, spaces collapsed. */
export const visibleText = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The visible text of the element whose data-testid is `id` ('' when there is none). */
export const testIdText = (id: string) => visibleText(byTestId(id)?.textContent);
