/**
 * Whether a scale's labels fit side by side, each under its score, without breaking a word: on
 * a phone the English "Very dissatisfied" does not fit a fifth of the screen, and a word cut in
 * two ("dissatisfi-ed") is hard to read. The scale then lists its scores one under the other.
 */
import { onBeforeUnmount, onMounted, watch, type Ref, type WatchSource } from 'vue';

/** What a tile adds around its label: two 2-px borders and its inline padding, with a margin. */
export const TILE_INSET_PX = 16;
/** The gap between tiles in a row (0.5rem). */
export const TILE_GAP_PX = 8;

/**
 * Whether `count` tiles in a row `width` pixels wide each leave room for the widest word of the
 * labels. A row that was not laid out (width 0) counts as fitting: nothing is measured yet.
 */
export function wordsFit(width: number, widestWord: number, count: number): boolean {
  if (width <= 0 || count <= 0) return true;
  const tile = (width - TILE_GAP_PX * (count - 1)) / count;
  return widestWord + TILE_INSET_PX <= tile;
}

/** The width in pixels of the widest word drawn inside `root`'s elements matching `selector`. */
export function widestWordIn(root: HTMLElement, selector: string): number {
  let widest = 0;
  const range = document.createRange();
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        // A word is on one line here (words never break), so its box is its width.
        widest = Math.max(widest, range.getBoundingClientRect().width);
      }
    }
  }
  return widest;
}

/**
 * Keeps `stacked` true while the labels in `row` (matching `selector`) would not fit side by
 * side: measured when the row is drawn, when its width changes, when the fonts arrive and when
 * `labels` change (another language).
 */
export function useStackWhenWordsDoNotFit(
  row: Ref<HTMLElement | null>,
  selector: string,
  count: () => number,
  labels: WatchSource<unknown>,
  stacked: Ref<boolean>,
): void {
  function measure(): void {
    const el = row.value;
    if (!el) return;
    stacked.value = !wordsFit(el.clientWidth, widestWordIn(el, selector), count());
  }
  let observer: ResizeObserver | null = null;
  onMounted(() => {
    measure();
    observer = new ResizeObserver(() => measure());
    if (row.value) observer.observe(row.value);
    void document.fonts?.ready.then(measure);
  });
  watch(labels, measure, { flush: 'post' });
  onBeforeUnmount(() => observer?.disconnect());
}
