import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { allSteps, readStory } from '../../src/story/model';
import type { Step } from '../../src/story/model';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser';
import { expectStepShown, scrollToStep } from '../helpers/story';

const base = inject('baseUrl');
const chapters = readStory();
const steps = allSteps(chapters);
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/**
 * Runs before any page script: records every change of a chart's state, per block, so a test can
 * tell a chart that landed on its state from one that animated through earlier ones.
 */
const recordStates = () => {
  const changes: { block: string; state: string }[] = [];
  (window as unknown as { stateChanges: typeof changes }).stateChanges = changes;
  new MutationObserver((records) => {
    // A record holds the value before the change; the value after is the next record's old
    // value for the same element, or the current one.
    records.forEach((r, i) => {
      const el = r.target as HTMLElement;
      if (!el.hasAttribute('data-chart-frame')) return;
      const later = records.slice(i + 1).find((n) => n.target === el);
      const state = later ? later.oldValue : el.dataset['state'];
      if (state === r.oldValue || !state) return;
      changes.push({ block: el.closest<HTMLElement>('[data-scrolly]')!.dataset['block']!, state });
    });
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state'],
    attributeOldValue: true,
  });
};

/** Where the step is, relative to the trigger line the engine reads steps at. */
const stepGeometry = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const wide = matchMedia('(min-width: 1024px)').matches;
    return {
      top: document.getElementById(stepId)!.getBoundingClientRect().top,
      trigger: innerHeight * (wide ? 0.5 : 0.7),
      hash: location.hash,
      changes: (window as unknown as { stateChanges: { block: string; state: string }[] })
        .stateChanges,
    };
  }, id);

async function expectLanded(step: Step, options: BrowserContextOptions) {
  const { page, errors, foreign } = await openPage(browser, base, options);
  await page.addInitScript(recordStates);
  await page.goto(`${base}/#${step.id}`);
  await expectStepShown(page, step.id);
  await page.evaluate(() => document.fonts.ready);
  const at = await stepGeometry(page, step.id);
  expect(at.top, `${step.id} is below the viewport top`).toBeGreaterThanOrEqual(0);
  expect(at.top, `${step.id} has reached the trigger line`).toBeLessThanOrEqual(at.trigger);
  expect(at.hash).toBe(`#${step.id}`);
  // Its chart went straight to the step's state: no stop at the block's first or any other state.
  const own = at.changes.filter((c) => c.block === step.block).map((c) => c.state);
  // The build draws each block in its first step's state; from there, one change at most.
  const drawn = steps.find((s) => s.block === step.block)!.state;
  expect(own, step.id).toEqual(drawn === step.state ? [] : [step.state]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.close();
}

/** Runs `task` over `items`, a few at a time: one browser, several pages. */
async function pool<T>(items: T[], size: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await task(item);
    }),
  );
}

describe('a link to a step', () => {
  it('covers a real story', () => expect(steps.length).toBeGreaterThan(10));

  it('opens every step at desktop width, with its chart already in the step’s state', async () => {
    await pool(steps, 4, (step) => expectLanded(step, { viewport: DESKTOP }));
  }, 240_000);

  it('opens the first, a middle and the last step on a phone', async () => {
    const sample = [steps[0]!, steps[Math.floor(steps.length / 2)]!, steps.at(-1)!];
    await pool(sample, 3, (step) =>
      expectLanded(step, { viewport: PHONE, isMobile: true, hasTouch: true }),
    );
  });

  it('stays on the step while slow web fonts load, and after a reload', async () => {
    const step = steps[Math.floor(steps.length / 3)]!;
    const { page } = await openPage(browser, base);
    await page.route(/\.woff2?$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${base}/#${step.id}`);
    await page.evaluate(() => document.fonts.ready);
    await expectStepShown(page, step.id);
    let at = await stepGeometry(page, step.id);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeLessThanOrEqual(at.trigger);
    await page.reload();
    await expectStepShown(page, step.id);
    at = await stepGeometry(page, step.id);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeLessThanOrEqual(at.trigger);
    await page.close();
  });

  it('opens a chapter at its heading', async () => {
    const chapter = chapters.at(-1)!;
    const { page, errors } = await openPage(browser, base);
    await page.goto(`${base}/#${chapter.id}`);
    await page.evaluate(() => document.fonts.ready);
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      chapter.id,
    );
    expect(Math.abs(top)).toBeLessThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['#nope', '#%E0%A4%A', '#<script>alert(1)</script>', '#"]),x[', '#'])(
    'lands at the top, without errors, for the unknown or malformed %s',
    async (hash) => {
      const { page, errors } = await openPage(browser, base);
      await page.goto(`${base}/${hash}`);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('shows the step’s static chart in view without JavaScript', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const step = steps[Math.floor(steps.length / 2)]!;
      const { page } = await openPage(browser, base, { viewport, javaScriptEnabled: false });
      await page.goto(`${base}/#${step.id}`);
      const seen = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const chart = [...el.querySelectorAll('.step-static img')].find(
          (img) => img.getBoundingClientRect().height > 0,
        );
        const box = chart?.getBoundingClientRect();
        return {
          top: el.getBoundingClientRect().top,
          chartTop: box?.top ?? -1,
          chartBottom: box?.bottom ?? -1,
          live: getComputedStyle(el.closest('[data-scrolly]')!.querySelector('figure')!).display,
        };
      }, step.id);
      expect(seen.live).toBe('none');
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.top).toBeLessThan(viewport.height / 3);
      expect(seen.chartTop).toBeGreaterThan(0);
      expect(seen.chartTop).toBeLessThan(viewport.height);
      await page.close();
    }
  });
});

describe('the address bar', () => {
  it('follows the step in view without adding history entries', async () => {
    const { page, errors } = await openPage(browser, base);
    await page.goto('about:blank');
    await page.goto(`${base}/`);
    const before = await page.evaluate(() => history.length);
    const visited = steps.filter((_, i) => i % 3 === 0).slice(0, 12);
    for (const step of visited) {
      await scrollToStep(page, step.id);
      await expectStepShown(page, step.id);
      await page.waitForFunction((id) => location.hash === `#${id}`, step.id);
    }
    const second = chapters[1];
    if (second) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), second.id);
      const own = new Set([second.id, ...second.steps.map((s) => s.id)]);
      await page.waitForFunction((ids) => ids.includes(location.hash.slice(1)), [...own]);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForFunction(() => location.hash === '');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the share control', () => {
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

  it('copies a step’s link, reached from the keyboard, and says so', async () => {
    const step = steps[2]!;
    const { page, errors } = await openPage(browser, base, clipboard);
    await page.goto(`${base}/`);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    const entries = await page.evaluate(() => history.length);
    await scrollToStep(page, step.id);
    const link = page.locator(`[id="${step.id}"] a[data-share]`);
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction(
      (a) => getComputedStyle(a!).opacity === '1',
      await link.elementHandle(),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-share-status]')?.textContent?.startsWith('Link copied'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/#${step.id}`);
    expect(await link.innerText()).toContain('Link copied');
    // The click shared the link instead of following it.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies a chapter’s share-page link and shows on hover', async () => {
    const chapter = chapters[0]!;
    const { page } = await openPage(browser, base, clipboard);
    await page.goto(`${base}/`);
    const link = page.locator(`[id="${chapter.id}"] .chapter-head a[data-share]`);
    await page.hover(`[id="${chapter.id}-title"]`);
    await page.waitForFunction(
      (a) => getComputedStyle(a!).opacity === '1',
      await link.elementHandle(),
    );
    await link.click();
    await page.waitForFunction(() =>
      document.querySelector('[data-share-status]')?.textContent?.startsWith('Link copied'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${base}/s/${chapter.id}/`,
    );
    await page.close();
  });

  it('uses the system share sheet where there is one, and is always visible on touch screens', async () => {
    const step = steps[1]!;
    const { page } = await openPage(browser, base, { viewport: PHONE, hasTouch: true });
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      navigator.share = async (data?: ShareData) => void shared.push(data ?? {});
    });
    await page.goto(`${base}/`);
    await scrollToStep(page, step.id);
    const link = page.locator(`[id="${step.id}"] a[data-share]`);
    // Chromium reports a touch-only device (hasTouch) as having no hover.
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await link.tap();
    await page.waitForFunction(() => (window as unknown as { shared: unknown[] }).shared.length);
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared[0]?.url).toBe(`${base}/#${step.id}`);
    await page.close();
  });

  it('is a plain link to the address without JavaScript', async () => {
    const step = steps[0]!;
    const { page } = await openPage(browser, base, { javaScriptEnabled: false });
    await page.goto(`${base}/`);
    expect(await page.getAttribute(`[id="${step.id}"] a[data-share]`, 'href')).toBe(`/#${step.id}`);
    const chapter = chapters[0]!;
    await page.goto(`${base}/s/${chapter.id}/`);
    await page.waitForURL(`${base}/#${chapter.id}`);
    await page.close();
  });
});
