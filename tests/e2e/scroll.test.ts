import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser';
import {
  changingStep,
  chartStateFor,
  expectStepShown,
  scrollToStep,
  stepIds,
} from '../helpers/story';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('scrolling on %s', (_name, viewport) => {
  it('puts the chart in each step’s state, in order and back again', async () => {
    const { page, errors, foreign } = await openPage(browser, base, { viewport });
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    expect(steps.length).toBeGreaterThan(10);
    for (const { id } of steps) {
      await scrollToStep(page, id);
      await expectStepShown(page, id);
    }
    for (const { id } of [...steps].reverse().slice(0, 4)) {
      await scrollToStep(page, id);
      await expectStepShown(page, id);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});

describe('landing and jumping', () => {
  it('lands in the right state after a reload in the middle of the story', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    const middle = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(page, middle.id);
    await expectStepShown(page, middle.id);
    await page.reload();
    await expectStepShown(page, middle.id);
    expect(await chartStateFor(page, middle.id)).toBe(middle.state);
    await page.context().close();
  });

  it('keeps the right state when the window goes from desktop to phone width mid-story', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    const target = steps[Math.floor(steps.length / 3)]!;
    await scrollToStep(page, target.id);
    await expectStepShown(page, target.id);
    await page.setViewportSize(PHONE);
    await expectStepShown(page, target.id);
    await page.setViewportSize(DESKTOP);
    await expectStepShown(page, target.id);
    await page.context().close();
  });

  it('keeps the right state when the mobile address bar shows and hides', async () => {
    const { page } = await openPage(browser, base, {
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    const target = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(page, target.id);
    await expectStepShown(page, target.id);
    // The address bar changes only the viewport height; the svh-sized panel must not move steps.
    for (const height of [PHONE.height - 84, PHONE.height, PHONE.height - 84]) {
      await page.setViewportSize({ width: PHONE.width, height });
      await page.waitForTimeout(150);
      await expectStepShown(page, target.id);
    }
    await page.context().close();
  });

  it('never clips the chart on a 320 px wide phone', async () => {
    const { page } = await openPage(browser, base, { viewport: { width: 320, height: 568 } });
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    for (const { id } of [steps[0]!, steps.at(-1)!]) {
      await scrollToStep(page, id);
      await expectStepShown(page, id);
      const overflow = await page.evaluate((stepId) => {
        const frame = document
          .getElementById(stepId)!
          .closest('[data-scrolly]')!
          .querySelector<HTMLElement>('[data-chart-frame]')!;
        const box = frame.getBoundingClientRect();
        const marks = [...frame.querySelectorAll('svg [data-key]')].map((m) =>
          m.getBoundingClientRect(),
        );
        return {
          frameInView: box.left >= 0 && box.right <= innerWidth && box.height > 150,
          outside: marks.filter(
            (m) =>
              m.width > 0 &&
              (m.left < box.left - 1 || m.right > box.right + 1 || m.bottom > box.bottom + 1),
          ).length,
        };
      }, id);
      expect(overflow).toEqual({ frameInView: true, outside: 0 });
    }
    await page.context().close();
  });

  it('shows the state of the last step above the reader after pressing End', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.keyboard.press('End');
    // The article ends in prose below its last chart: the last step that passed the trigger line
    // is the reader's place, and its block shows that step once it is near enough to be drawn.
    await expect
      .poll(() =>
        page.evaluate(
          () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
        ),
      )
      .toBe(true);
    const last = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('[data-step]')].at(-1)!.id,
    );
    await scrollToStep(page, last);
    await expectStepShown(page, last);
    await page.context().close();
  });

  it('lands on the right state after a fast jump from the top to a step far below', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    const far = steps.at(-2)!;
    await page.evaluate((id) => {
      const y =
        document.getElementById(id)!.getBoundingClientRect().top +
        window.scrollY -
        innerHeight * 0.3;
      window.scrollTo({ top: y, behavior: 'smooth' });
    }, far.id);
    await expectStepShown(page, far.id);
    await page.waitForTimeout(1200);
    expect(await chartStateFor(page, far.id)).toBe(far.state);
    await page.context().close();
  });
});

describe('motion', () => {
  // Scroll from a step to the next one that changes the chart, then sample every mark over
  // several frames: a transition shows as marks that keep moving after the state has changed.
  async function framesAfterChange(reducedMotion: 'reduce' | 'no-preference') {
    const { page } = await openPage(browser, base, { reducedMotion });
    await page.goto(`${base}/`);
    const { before, after } = await changingStep(page);
    await scrollToStep(page, before);
    await expectStepShown(page, before);
    await page.waitForTimeout(800);
    await scrollToStep(page, after);
    await expectStepShown(page, after);
    const frames = await page.evaluate(async (id) => {
      const svg = document
        .getElementById(id)!
        .closest('[data-scrolly]')!
        .querySelector('[data-chart-frame] svg')!;
      const snap = () => [...svg.querySelectorAll('[data-key]')].map((m) => m.outerHTML).join('');
      const shots: string[] = [snap()];
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        shots.push(snap());
      }
      return shots;
    }, after);
    await page.context().close();
    return new Set(frames).size;
  }

  it('does not animate under prefers-reduced-motion', async () => {
    expect(await framesAfterChange('reduce')).toBe(1);
  });

  it('does animate otherwise', async () => {
    expect(await framesAfterChange('no-preference')).toBeGreaterThan(1);
  });
});
