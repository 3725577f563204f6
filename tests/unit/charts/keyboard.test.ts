import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/charts/keyboard';

/** A box as getBoundingClientRect gives it, enough for reading order. */
const at = (item: string, left: number, top: number, height = 10) => ({
  item,
  box: { left, top, bottom: top + height } as DOMRect,
});

describe('readingOrder', () => {
  it('reads a grid row by row, each row left to right, whatever the DOM order', () => {
    const grid = [at('b2', 50, 40), at('a1', 0, 0), at('b1', 0, 40), at('a2', 50, 0)];
    expect(readingOrder(grid)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('keeps marks whose boxes overlap vertically in one row, read by position across', () => {
    // A falling line of dots: each overlaps the next, so they read left to right.
    const line = [at('jan', 0, 0), at('mar', 40, 8), at('feb', 20, 4), at('apr', 60, 12)];
    expect(readingOrder(line)).toEqual(['jan', 'feb', 'mar', 'apr']);
  });

  it('starts a new row below a gap', () => {
    const lanes = [at('late-top', 90, 0), at('early-low', 10, 30), at('early-top', 10, 2)];
    expect(readingOrder(lanes)).toEqual(['early-top', 'late-top', 'early-low']);
  });
});
