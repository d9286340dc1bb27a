import { describe, expect, it } from 'vitest';
import { TILE_GAP_PX, TILE_INSET_PX, wordsFit } from './labels-fit';

describe('wordsFit: whether labelled scores fit side by side without breaking a word', () => {
  it('fits when the widest word and the tile’s borders and padding fit a fifth of the row', () => {
    // A 700-px row: five tiles of (700 - 4 gaps) / 5 each.
    const tile = (700 - 4 * TILE_GAP_PX) / 5;
    expect(wordsFit(700, tile - TILE_INSET_PX, 5)).toBe(true);
    expect(wordsFit(700, tile - TILE_INSET_PX + 1, 5)).toBe(false);
  });

  it('does not fit a 60-px word ("dissatisfied") in five tiles of a 390-px phone', () => {
    // The question's row on a 390-px phone is about 320 px wide.
    expect(wordsFit(320, 60, 5)).toBe(false);
    // A shorter word (the Arabic labels' longest is shorter) fits.
    expect(wordsFit(320, 38, 5)).toBe(true);
  });

  it('counts a row not laid out yet (width 0) as fitting: nothing is measured', () => {
    expect(wordsFit(0, 120, 5)).toBe(true);
  });
});
