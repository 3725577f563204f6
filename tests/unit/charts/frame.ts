/**
 * Shared checks for chart layouts: every mark inside the frame, and text kept off the edges
 * (measured with the fonts' own advance widths, as the layouts measure it, in the mark's weight).
 */
import { expect } from 'vitest';
import type { Mark, Size } from '../../../src/charts/scene';
import { markTextWidth } from '../../../src/charts/text';
import { layoutSize } from '../../../src/charts/frameScale';
import { PRINT } from '../../../src/charts/staticImage';
import { SLIDE_CHART } from '../../../src/present/slides';
import { CARD_CHART } from '../../../src/share/site';

export const SIZES: Size[] = [
  // The real smallest frame, as Chromium measures it: a 320×568 phone's panel is 52svh (295 px,
  // border-box) less its 8 px top padding and the 36 px caption.
  { width: 296, height: 251 },
  { width: 320, height: 300 },
  // A 390×844 phone: the panel is 52svh tall, less padding and caption.
  { width: 366, height: 395 },
  { width: 390, height: 440 },
  { width: 800, height: 560 },
  // Desktop panels as Chromium measures their chart frames (three fifths of the row, the
  // viewport's height less margins and caption), laid out at the size frameScale.ts gives them.
  layoutSize({ width: 552, height: 676 }),
  layoutSize({ width: 802, height: 808 }),
  layoutSize({ width: 1090, height: 988 }),
  // The slide chart frame, the share card's chart frame (drawn at 2× on the card), the print
  // image and the no-JS images (phone and chart's own size).
  SLIDE_CHART,
  CARD_CHART,
  PRINT,
  { width: 380, height: 440 },
  { width: 720, height: 480 },
];

export function expectInsideFrame(marks: Mark[], size: Size, label: string) {
  const num = (m: Mark, k: string) =>
    typeof m.attrs[k] === 'number' ? (m.attrs[k] as number) : undefined;
  for (const m of marks) {
    const where = `${label} ${m.key}`;
    const xs = ['x', 'cx', 'x1', 'x2'].map((k) => num(m, k)).filter((v) => v !== undefined);
    const ys = ['y', 'cy', 'y1', 'y2'].map((k) => num(m, k)).filter((v) => v !== undefined);
    for (const v of xs) expect(v, where).toBeGreaterThanOrEqual(0);
    for (const v of xs) expect(v, where).toBeLessThanOrEqual(size.width);
    for (const v of ys) expect(v, where).toBeGreaterThanOrEqual(0);
    for (const v of ys) expect(v, where).toBeLessThanOrEqual(size.height);
    const w = num(m, 'width');
    const h = num(m, 'height');
    if (w !== undefined) expect(num(m, 'x')! + w, where).toBeLessThanOrEqual(size.width);
    if (h !== undefined) expect(num(m, 'y')! + h, where).toBeLessThanOrEqual(size.height);
    // A dot's whole disc, not just its centre, stays in the frame.
    const r = num(m, 'r');
    if (m.tag === 'circle' && r !== undefined) {
      const [cx, cy] = [num(m, 'cx')!, num(m, 'cy')!];
      expect(cx - r, `${where} left edge`).toBeGreaterThanOrEqual(0);
      expect(cx + r, `${where} right edge`).toBeLessThanOrEqual(size.width);
      expect(cy - r, `${where} top edge`).toBeGreaterThanOrEqual(0);
      expect(cy + r, `${where} bottom edge`).toBeLessThanOrEqual(size.height);
    }
    if (m.tag === 'text') {
      const tw = markTextWidth(m);
      const x = num(m, 'x')!;
      const anchor = m.attrs['text-anchor'] ?? 'start';
      const [x0, x1] =
        anchor === 'middle'
          ? [x - tw / 2, x + tw / 2]
          : anchor === 'end'
            ? [x - tw, x]
            : [x, x + tw];
      expect(x0, `${where} text starts`).toBeGreaterThanOrEqual(-0.5);
      expect(x1, `${where} text ends`).toBeLessThanOrEqual(size.width + 0.5);
      expect(Number(m.attrs['font-size']), `${where} font size`).toBeGreaterThanOrEqual(11);
      expect(
        num(m, 'y')! - Number(m.attrs['font-size']),
        `${where} text top`,
      ).toBeGreaterThanOrEqual(0);
    }
  }
}

/** Text boxes (measured) that overlap another text box. */
export function overlappingText(marks: Mark[]): string[] {
  const boxes = marks
    .filter((m) => m.tag === 'text' && Number(m.attrs['opacity'] ?? 1) > 0)
    .map((m) => {
      const fs = Number(m.attrs['font-size']);
      const tw = markTextWidth(m);
      const x = Number(m.attrs['x']);
      const anchor = m.attrs['text-anchor'] ?? 'start';
      const x0 = anchor === 'middle' ? x - tw / 2 : anchor === 'end' ? x - tw : x;
      const y = Number(m.attrs['y']);
      return { key: m.key, x0, x1: x0 + tw, y0: y - fs * 0.8, y1: y + fs * 0.2 };
    });
  const hits: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        hits.push(`${a.key} × ${b.key}`);
    }),
  );
  return hits;
}

/**
 * The check every chart owes the phone: in every state and at every size in SIZES, keys are
 * unique (D3 joins by them), every mark is inside the frame and no two labels overlap.
 */
export function expectFitsEveryFrame(
  states: readonly { id: string }[],
  layout: (state: string, size: Size) => { marks: Mark[] },
) {
  for (const size of SIZES)
    for (const state of states) {
      const { marks } = layout(state.id, size);
      const where = `${size.width}x${size.height} ${state.id}`;
      expect(new Set(marks.map((m) => m.key)).size, `${where} unique keys`).toBe(marks.length);
      expectInsideFrame(marks, size, where);
      expect(overlappingText(marks), where).toEqual([]);
    }
}
