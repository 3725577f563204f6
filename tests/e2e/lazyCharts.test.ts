/**
 * Far charts do no work: a block's chart is drawn and changed only while the block is within
 * about a screen of the viewport; a jump touches only the charts it lands near; a resize keeps
 * the reader's place within a long step.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launch, openPage } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

interface Touch {
  block: string;
  /** The block's distance from the viewport, in screens, when its chart changed (0 = on screen). */
  screensAway: number;
}

/**
 * Runs before any page script: every change inside a chart frame is recorded with its block and
 * how far that block was from the viewport at that moment.
 */
const recordTouches = () => {
  const touches: Touch[] = [];
  (window as unknown as { touches: Touch[] }).touches = touches;
  new MutationObserver((records) => {
    const seen = new Set<Element>();
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const block = target?.closest<HTMLElement>('[data-scrolly]');
      if (!block || !target?.closest('[data-chart-frame]') || seen.has(block)) continue;
      seen.add(block);
      const box = block.getBoundingClientRect();
      const away = Math.max(0, box.top - innerHeight, -box.bottom) / innerHeight;
      touches.push({ block: block.dataset['block']!, screensAway: away });
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
};

const touches = (page: Page) =>
  page.evaluate(() => (window as unknown as { touches: Touch[] }).touches.splice(0));
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
const blockIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((b) => b.dataset['block']!),
  );

async function openPhone() {
  const watched = await openPage(browser, base, { viewport: PHONE });
  await watched.page.addInitScript(recordTouches);
  await watched.page.goto(`${base}/`);
  await watched.page.evaluate(() => document.fonts.ready);
  await nextFrames(watched.page);
  // What the parser wrote while the page loaded is not the engine's work.
  await touches(watched.page);
  return watched;
}

describe('lazy charts on a phone', () => {
  it('changes each chart only while its block is near the viewport, scrolling top to bottom', async () => {
    const { page, errors } = await openPhone();
    const all: Touch[] = [];
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += PHONE.height / 2) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      await nextFrames(page);
      all.push(...(await touches(page)));
    }
    // "Near" is one screen beyond the viewport; one more allows for the half-screen scroll step
    // and a transition's last frame.
    const far = all.filter((t) => t.screensAway > 2);
    expect(far).toEqual([]);
    // Every chart was drawn on the way: the test saw the charts work, not nothing at all. (A
    // chart near the top may be drawn while the page loads, before the walk starts recording.)
    const drawn = await page.$$eval('[data-scrolly]', (blocks) =>
      blocks
        .filter((b) => b.querySelector('[data-chart-frame] [data-key]'))
        .map((b) => (b as HTMLElement).dataset['block']!),
    );
    expect(new Set(drawn)).toEqual(new Set(await blockIds(page)));
    expect(all.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a chart while its block is still below the screen, before the reader reaches it', async () => {
    const { page, errors } = await openPhone();
    // A block far down, brought to half a screen below the viewport: near, not yet on screen.
    const block = (await blockIds(page)).at(-3)!;
    const root = page.locator(`[data-block="${block}"]`);
    await root.evaluate((b) =>
      window.scrollBy({
        top: b.getBoundingClientRect().top - 1.5 * innerHeight,
        behavior: 'instant',
      }),
    );
    const frame = root.locator('[data-chart-frame]');
    await expect.poll(() => frame.locator('[data-key]').count()).toBeGreaterThan(0);
    // Drawn in its first step's state, and the reader has not come any closer.
    expect(await frame.getAttribute('data-state')).toBe(
      await root.locator('[data-step]').first().getAttribute('data-state'),
    );
    expect(await root.evaluate((b) => b.getBoundingClientRect().top / innerHeight)).toBeCloseTo(
      1.5,
      1,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('touches only the charts near the end when End is pressed at the top', async () => {
    const { page } = await openPhone();
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page.evaluate(
          () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
        ),
      )
      .toBe(true);
    // The engine has answered for the end of the page (its chapter is the last one).
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['storyChapter']))
      .toBe(await page.evaluate(() => [...document.querySelectorAll('[data-chapter]')].at(-1)!.id));
    await nextFrames(page);
    expect((await touches(page)).filter((t) => t.screensAway > 1)).toEqual([]);
    await page.close();
  });

  it('draws the chart a link within the page jumps to, in that step’s state', async () => {
    const { page } = await openPhone();
    // A link in the page (the contents list, a step's own anchor) jumps without a reload and
    // without a smooth scroll, straight past every chart in between.
    const far = await page.$$eval('[data-scrolly]', (all) =>
      all.slice(2).map((b) => ({
        block: (b as HTMLElement).dataset['block']!,
        step: b.querySelector('[data-step]')!.id,
        state: (b.querySelector('[data-step]') as HTMLElement).dataset['state']!,
      })),
    );
    for (const { block, step, state } of [far.at(-1)!, far[0]!]) {
      await page.evaluate((id) => (location.hash = id), step);
      const frame = page.locator(`[data-block="${block}"] [data-chart-frame]`);
      await expect.poll(() => frame.getAttribute('data-state')).toBe(state);
      await expect.poll(() => frame.locator('[data-key]').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('keeps the reader within a line of their place when the phone rotates halfway down a long step', async () => {
    const { page } = await openPhone();
    // The tallest step, with the trigger line halfway down its text.
    const place = () =>
      page.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
        const step = steps.reduce((a, b) => (b.offsetHeight > a.offsetHeight ? b : a));
        const card = step.querySelector<HTMLElement>('.step-card')!;
        const box = card.getBoundingClientRect();
        const trigger = innerHeight * (matchMedia('(min-width: 1024px)').matches ? 0.5 : 0.7);
        const line = parseFloat(getComputedStyle(card).lineHeight);
        return {
          id: step.id,
          fraction: (trigger - box.top) / box.height,
          height: box.height,
          line,
          top: box.top,
          trigger,
        };
      });
    const start = await place();
    await page.evaluate(({ id }) => {
      const card = document.getElementById(id)!.querySelector<HTMLElement>('.step-card')!;
      const box = card.getBoundingClientRect();
      const trigger = innerHeight * 0.7;
      window.scrollBy({ top: box.top + box.height / 2 - trigger, behavior: 'instant' });
    }, start);
    await nextFrames(page);
    const before = await place();
    expect(Math.abs(before.fraction - 0.5)).toBeLessThan(0.05);
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await expect.poll(() => page.evaluate(() => innerWidth)).toBe(PHONE.height);
    await nextFrames(page);
    await nextFrames(page);
    const after = await place();
    expect(after.id).toBe(before.id);
    // The same point of the text is at the trigger line, give or take one line.
    expect(Math.abs((after.fraction - before.fraction) * after.height)).toBeLessThanOrEqual(
      after.line,
    );
    await page.close();
  });
});
