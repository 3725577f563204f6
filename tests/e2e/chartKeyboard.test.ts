/**
 * Keyboard access to the live charts: each chart is one tab stop, arrow keys walk its marks with
 * the tip following, Escape hands focus back to the chart, and none of it moves the page or the
 * step being read.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';
import { expectStepShown, scrollToStep } from '../helpers/story';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** Where the reader is: the page's scroll position and the step the engine says is in view. */
const place = (page: Page) =>
  page.evaluate(() => ({
    y: Math.round(scrollY),
    step: document.documentElement.dataset['storyStep'],
  }));

/** Focuses, without scrolling, the tab stop just before the block's chart in document order. */
async function focusBeforeChart(page: Page, blockId: string) {
  await page.evaluate((id) => {
    const svg = document.querySelector(`[data-block="${id}"] [data-chart-frame] svg`)!;
    const stops = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex]'),
      // checkVisibility: a link inside a closed <details> has boxes but cannot take focus.
    ].filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }));
    const before = stops.filter(
      (el) => el.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    before.at(-1)!.focus({ preventScroll: true });
    if (document.activeElement !== before.at(-1)) throw new Error('the tab stop took no focus');
  }, blockId);
}

/** The focused element, seen from the chart: the chart itself, one of its marks, or elsewhere. */
const focused = (page: Page, blockId: string) =>
  page.evaluate((id) => {
    const frame = document.querySelector(`[data-block="${id}"] [data-chart-frame]`)!;
    const el = document.activeElement!;
    const tip = frame.querySelector<HTMLElement>('[data-tip]')!;
    return {
      on: el === frame.querySelector('svg') ? 'chart' : frame.contains(el) ? 'mark' : 'elsewhere',
      key: el.getAttribute('data-key'),
      label: el.getAttribute('aria-label'),
      tip: tip.hidden ? null : tip.textContent,
    };
  }, blockId);

/** The tip sets its heading, account and source as separate lines; the label runs them on. */
const sameWords = (text: string | null) => text?.replace(/[\s:.]/g, '');

/** A block with many marks whose chart is drawn: the first timeline. */
async function timelineBlock(page: Page) {
  const { block, step } = await page.$eval('[data-scrolly][data-chart="timeline"]', (b) => ({
    block: (b as HTMLElement).dataset['block']!,
    step: b.querySelector('[data-step]')!.id,
  }));
  await scrollToStep(page, step);
  await expectStepShown(page, step);
  await page.waitForSelector(`[data-block="${block}"] svg[tabindex="0"] [data-key][aria-label]`);
  return { block, step };
}

describe('chart keyboard', () => {
  it('reaches a chart with one Tab, walks its marks with the arrow keys, and leaves on Escape', async () => {
    const { page, errors } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const { block, step } = await timelineBlock(page);
    const start = await place(page);
    expect(start.step).toBe(step);

    await focusBeforeChart(page, block);
    await page.keyboard.press('Tab');
    expect(await focused(page, block)).toMatchObject({ on: 'chart', tip: null });

    // Arrow keys move real focus from mark to mark; the tip says what the focused mark says.
    await page.keyboard.press('ArrowRight');
    const first = await focused(page, block);
    expect(first.on).toBe('mark');
    expect(first.label).toMatch(/Source: /);
    expect(sameWords(first.tip)).toBe(sameWords(first.label));
    await page.keyboard.press('ArrowRight');
    const second = await focused(page, block);
    expect(second.on).toBe('mark');
    expect(second.key).not.toBe(first.key);
    expect(sameWords(second.tip)).toBe(sameWords(second.label));
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page, block)).key).toBe(first.key);
    await page.keyboard.press('End');
    const last = await focused(page, block);
    await page.keyboard.press('Home');
    expect((await focused(page, block)).key).toBe(first.key);
    expect(last.key).not.toBe(first.key);

    // Walking right from the first mark visits every labelled mark once, then stops at the last.
    const labelled = await page.$$eval(
      `[data-block="${block}"] [data-chart-frame] [data-key][aria-label]`,
      (marks) => marks.map((m) => m.getAttribute('data-key')),
    );
    const visited = [first.key];
    for (let i = 1; i < labelled.length + 1; i++) {
      await page.keyboard.press('ArrowRight');
      visited.push((await focused(page, block)).key);
    }
    expect(new Set(visited).size).toBe(labelled.length);
    expect(visited.at(-1)).toBe(last.key);
    expect(visited.at(-2)).toBe(last.key);

    await page.keyboard.press('Escape');
    expect(await focused(page, block)).toMatchObject({ on: 'chart', tip: null });
    // One Tab then leaves the chart, past all its marks.
    await page.keyboard.press('Tab');
    expect((await focused(page, block)).on).toBe('elsewhere');

    // None of it scrolled the page or changed the step; the walk took no more tab stops.
    expect(await place(page)).toEqual(start);
    const stops = await page.$$eval(
      `[data-block="${block}"] [data-chart-frame] *`,
      (all) => all.filter((el) => (el as HTMLElement).tabIndex >= 0).length,
    );
    expect(stops).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not scroll or change the step when Tab reaches a chart below the viewport', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const { block } = await timelineBlock(page);
    // The next block's chart: drawn (it is within a screen) but just below the viewport.
    const next = await page.evaluate((id) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
      const target = blocks[blocks.findIndex((b) => b.dataset['block'] === id) + 1]!;
      const top = target.getBoundingClientRect().top + scrollY;
      window.scrollTo({ top: top - innerHeight - 50, behavior: 'instant' });
      return target.dataset['block']!;
    }, block);
    await page.waitForSelector(`[data-block="${next}"] svg[tabindex="0"]`);
    const offScreen = await page.$eval(
      `[data-block="${next}"] [data-chart-frame] svg`,
      (svg) => svg.getBoundingClientRect().top >= innerHeight,
    );
    expect(offScreen).toBe(true);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    const start = await place(page);

    await focusBeforeChart(page, next);
    await page.keyboard.press('Tab');
    expect((await focused(page, next)).on).toBe('chart');
    // Give the engine frames to react to any scroll; the reader's place must be as it was.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await place(page)).toEqual(start);
    await page.context().close();
  });
});
