/**
 * What a reader sees of a chart, measured in the page: how much of the screen its marks cover and
 * how large its text is drawn. Shared by the article and slide tests.
 */
import type { Page } from 'playwright-core';

export interface ChartMeasure {
  /** Bounding box of the visible marks, clipped to the viewport, over the viewport's area. */
  coverage: number;
  /** Smallest visible chart text as drawn on screen, in CSS px (font size × SVG scale). */
  minTextPx: number;
}

/** Measures the SVG inside `frameSelector` (the first one that matches and is shown). */
export function measureChart(page: Page, frameSelector: string): Promise<ChartMeasure> {
  return page.evaluate((selector) => {
    const frames = [...document.querySelectorAll<HTMLElement>(selector)];
    const frame = frames.find((f) => f.getBoundingClientRect().height > 0)!;
    const svg = frame.querySelector('svg')!;
    const [vw, vh] = [window.innerWidth, window.innerHeight];
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    let minText = Infinity;
    const scale = svg.getScreenCTM()!.a;
    for (const el of svg.querySelectorAll<SVGGraphicsElement>('[data-key]')) {
      if (
        Number(getComputedStyle(el).opacity) === 0 ||
        Number(el.getAttribute('opacity') ?? 1) === 0
      )
        continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      x0 = Math.min(x0, Math.max(0, box.left));
      y0 = Math.min(y0, Math.max(0, box.top));
      x1 = Math.max(x1, Math.min(vw, box.right));
      y1 = Math.max(y1, Math.min(vh, box.bottom));
      if (el.tagName === 'text')
        minText = Math.min(minText, Number(el.getAttribute('font-size')) * scale);
    }
    const coverage = x1 > x0 && y1 > y0 ? ((x1 - x0) * (y1 - y0)) / (vw * vh) : 0;
    return { coverage, minTextPx: minText };
  }, frameSelector);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
