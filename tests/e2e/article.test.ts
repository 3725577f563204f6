import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launch, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { expectStepShown, scrollToStep, stepIds } from '../helpers/story';
import { readStory } from '../../src/story/model';

const base = inject('baseUrl');
const lastChapter = readStory().at(-1)!.id;
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

describe('without JavaScript', () => {
  it('shows every step’s text beside a static chart in that step’s state', async () => {
    const { page, foreign } = await openPage(browser, base, {
      javaScriptEnabled: false,
      viewport: PHONE,
    });
    await page.goto(`${base}/`);
    const ids = await page.$$eval('[data-step]', (all) => all.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const step = page.locator(`[id="${id}"]`);
      await step.scrollIntoViewIfNeeded();
      const image = step.locator('.step-static img');
      // The image loads as it nears the viewport, and shows this step's own chart.
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const seen = await step.evaluate((s) => {
        const img = s.querySelector<HTMLImageElement>('.step-static img')!;
        const box = img.getBoundingClientRect();
        return {
          text: (s.querySelector('.step-card') as HTMLElement).innerText.trim().length,
          chart: box.width > 200 && box.height > 100,
          src: img.currentSrc,
          alt: img.alt,
        };
      });
      expect(seen.text, id).toBeGreaterThan(40);
      expect(seen.chart, id).toBe(true);
      expect(seen.src, id).toContain(`/charts/${id}-narrow.svg`);
      expect(seen.alt.length, id).toBeGreaterThan(20);
    }
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('the article page', () => {
  it('fills the reading-progress bar with the share of the story read, after a rotation too', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE });
    await page.goto(`${base}/`);
    /** The bar's fill, and the share of #story above the viewport's top that it should show. */
    const reading = () =>
      page.evaluate(() => {
        const fill = document.querySelector<HTMLElement>('[data-reading-progress] > div')!;
        const story = document.getElementById('story')!;
        const span = story.offsetHeight - innerHeight;
        const shown = new DOMMatrix(getComputedStyle(fill).transform).a;
        return { shown, read: Math.min(1, Math.max(0, (scrollY - story.offsetTop) / span)) };
      });
    const fillsTo = async (share: number) => {
      await page.evaluate((share) => {
        const story = document.getElementById('story')!;
        const top = story.offsetTop + share * (story.offsetHeight - innerHeight);
        window.scrollTo({ top, behavior: 'instant' });
      }, share);
      await expect
        .poll(async () => {
          const { shown, read } = await reading();
          return Math.abs(shown - read) < 0.005 && Math.abs(read - share) < 0.01;
        })
        .toBe(true);
    };
    await fillsTo(0.5);
    await fillsTo(1);
    // A rotation reflows the story to another height: the bar follows the new geometry.
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await fillsTo(0.3);
    await page.close();
  });

  it('lands at the very end on End, though the chapters without charts are laid out late', async () => {
    const { page } = await openPage(browser, base, { viewport: PHONE });
    await page.goto(`${base}/`);
    // Laid out late: until the reader comes near, the sources stand at an estimated height.
    expect(await page.locator(`#${lastChapter}.chapter-plain`).count()).toBe(1);
    await page.keyboard.press('End');
    const atEnd = () =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll(`#story > section:last-child li`)].at(-1)!;
        return (
          Math.abs(scrollY + innerHeight - document.documentElement.scrollHeight) <= 2 &&
          last.getBoundingClientRect().bottom <= innerHeight
        );
      });
    await expect.poll(atEnd).toBe(true);
    // A link to the last chapter lands on its title, measured from what is above it.
    await page.goto(`${base}/#${lastChapter}`);
    await page.reload();
    await expect
      .poll(() =>
        page.evaluate(
          (id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top),
          lastChapter,
        ),
      )
      .toBeLessThanOrEqual(2);
    await page.close();
  });

  it('loads no step chart images while read with JavaScript, and every printed chart when printed', async () => {
    const { page } = await openPage(browser, base);
    const requested = new Set<string>();
    page.on('request', (r) => {
      if (r.url().includes('/charts/')) requested.add(r.url());
    });
    await page.goto(`${base}/`);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['storyChapter']))
      .toBe(lastChapter);
    // A lazy image loads once it is laid out near the viewport. With JavaScript every step's image
    // is given no box at all, so none can: check that cause for all of them, top to bottom, then
    // that nothing was asked for by the time the page has settled at the end.
    const laidOut = await page.$$eval('.step-static img', (all) =>
      all
        .filter((img) => img.getBoundingClientRect().width > 0)
        .map((img) => img.closest('[data-step]')!.id),
    );
    expect(laidOut).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect([...requested]).toEqual([]);
    // On paper a run of steps in the same chart state shares one chart.
    const printed = await page.$$eval('[data-step]:not([data-repeats-chart])', (all) =>
      all.map((s) => `/charts/${s.id}-print.svg`),
    );
    // On paper each of those steps shows, and loads, the chart laid out for paper. (Chromium 150
    // no longer reports the images page.pdf() fetches as requests, so the page's own images say.)
    await page.emulateMedia({ media: 'print' });
    // Lazy images load as they come near the viewport: pass each printed chart, as printing does.
    await page.evaluate(async () => {
      for (const img of document.querySelectorAll('.step-static img')) {
        img.scrollIntoView({ block: 'center' });
        await new Promise((done) => requestAnimationFrame(() => done(null)));
      }
    });
    const loadedForPrint = () =>
      page.$$eval<string[], HTMLImageElement>(
        '[data-step]:not([data-repeats-chart]) .step-static img',
        (all) =>
          all
            .filter((img) => img.complete && img.naturalWidth > 0)
            .map((img) => new URL(img.currentSrc).pathname),
      );
    await expect.poll(loadedForPrint, { timeout: 20_000 }).toEqual(printed);
    await page.close();
  });

  it('prints as a handout of at most 20 A4 pages', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('makes no request outside its own origin and logs no errors, top to bottom', async () => {
    const { page, errors, foreign } = await openPage(browser, base);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['storyChapter']))
      .toBe(lastChapter);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations, at the top and mid-story', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    expect(await axeViolations(page)).toEqual([]);
    const steps = await stepIds(page);
    await scrollToStep(page, steps[3]!.id);
    await expectStepShown(page, steps[3]!.id);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows date, event and source when a chart mark gets keyboard focus', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    await scrollToStep(page, steps[1]!.id);
    await expectStepShown(page, steps[1]!.id);
    const mark = page
      .locator('[data-scrolly] [data-chart-frame] [data-key^="ev-"][tabindex]')
      .first();
    await mark.focus();
    const tip = page.locator('[data-scrolly] [data-tip]:not([hidden])').first();
    await expect.poll(() => tip.textContent()).toMatch(/\d{4}.*Source: /);
    await page.close();
  });
});
