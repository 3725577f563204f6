/**
 * Charts fill their frame on large screens: on a 1440×900 desktop and a 1920×1080 monitor the
 * sticky chart's marks cover a good share of the screen in every block, its type grows with the
 * frame, and the text column never runs under it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';
import { expectStepShown, scrollToStep } from '../helpers/story';
import { measureChart, median } from '../helpers/chartMeasure';
import type { ChartMeasure } from '../helpers/chartMeasure';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** One step per block (its middle one), read with the block's chart fully stuck in view. */
async function measureBlocks(page: Page) {
  const blocks = await page.$$eval('[data-scrolly]', (all) =>
    all.map((b) => {
      const steps = [...b.querySelectorAll('[data-step]')];
      return { id: (b as HTMLElement).dataset['block']!, step: steps[steps.length >> 1]!.id };
    }),
  );
  const seen: (ChartMeasure & { id: string; overlap: boolean })[] = [];
  for (const block of blocks) {
    await scrollToStep(page, block.step);
    // A one-step block is read from where its chart reaches the top of the screen.
    await page.evaluate((id) => {
      const top = document.querySelector(`[data-block="${id}"] .scrolly-figure`)!;
      const gap = top.getBoundingClientRect().top;
      if (gap > 30) window.scrollBy(0, gap - 24);
    }, block.id);
    await expectStepShown(page, block.step);
    const overlap = await page.evaluate((stepId) => {
      const card = document.getElementById(stepId)!.querySelector('.step-card')!;
      const figure = card.closest('[data-scrolly]')!.querySelector('.scrolly-figure')!;
      const [a, b] = [card.getBoundingClientRect(), figure.getBoundingClientRect()];
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    }, block.step);
    seen.push({
      id: block.id,
      overlap,
      ...(await measureChart(page, `[data-block="${block.id}"] [data-chart-frame]`)),
    });
  }
  return seen;
}

describe('charts fill the desktop panel', () => {
  for (const [viewport, minText] of [
    [{ width: 1440, height: 900 }, 13],
    [{ width: 1920, height: 1080 }, 15],
  ] as const) {
    it(`at ${viewport.width}×${viewport.height}: coverage median ≥ 0.35, none < 0.2, labels ≥ ${minText} px`, async () => {
      // Reduced motion: a state change is drawn at once, so measuring never waits on a transition.
      const { page } = await openPage(browser, base, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${base}/`);
      await page.evaluate(() => document.fonts.ready);
      const seen = await measureBlocks(page);
      expect(seen.length).toBeGreaterThan(10);
      expect(median(seen.map((s) => s.coverage))).toBeGreaterThanOrEqual(0.35);
      for (const s of seen) {
        expect(s.coverage, s.id).toBeGreaterThanOrEqual(0.2);
        expect(s.minTextPx, s.id).toBeGreaterThanOrEqual(minText);
        expect(s.overlap, `${s.id} text column under the chart`).toBe(false);
      }
      await page.close();
    });
  }
});
