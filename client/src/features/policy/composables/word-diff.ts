/**
 * Which words of a changed text were removed and which were added, for the policy comparison.
 * jsdiff's `diffWords` on its own counts only Latin letters as word characters, so it would cut
 * an Arabic word into letters ("و" + "احترام"); it is given an `Intl.Segmenter` of the text's
 * language, which knows where Arabic (and English) words begin and end.
 */
import { diffWords } from 'diff';

export type WordChange = 'same' | 'added' | 'removed';
export interface DiffPart {
  text: string;
  change: WordChange;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The words of `older` and `newer` in order: kept, removed from `older`, added in `newer`. */
export function wordDiff(older: string, newer: string, locale: string): DiffPart[] {
  return diffWords(older, newer, { intlSegmenter: segmenterFor(locale) }).map((c) => ({
    text: c.value,
    change: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

/**
 * What one side of the comparison shows: the older text with its removed words, or the newer
 * text with its added words. Joined, the parts are that side's text exactly.
 */
export function sideOfDiff(parts: DiffPart[], side: 'older' | 'newer'): DiffPart[] {
  const other: WordChange = side === 'older' ? 'added' : 'removed';
  return parts.filter((p) => p.change !== other);
}
