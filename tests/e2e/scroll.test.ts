import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser';
import {
  changingStep,
  chartStateFor,
  expectStepShown,
  scrollToStep,
  settledMarks,
  stepIds,
} from '../helpers/story';
import { allSteps, readStory } from '../../src/story/model';

const base = inject('baseUrl');
/** The height a phone's address bar takes from the viewport (Chrome on Android: about 56–84 px). */
const ADDRESS_BAR = 84;
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
    await page.close();
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
    await page.close();
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
    await page.close();
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
    // Put the next step's top just below the trigger line, within the height the address bar
    // takes: a trigger placed on window.innerHeight would cross it when the bar hides.
    const next = steps[steps.indexOf(target) + 1]!;
    await page.evaluate(
      ({ id, bar }) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        scrollBy({ top: top - innerHeight * 0.7 - bar / 2, behavior: 'instant' });
      },
      { id: next.id, bar: ADDRESS_BAR },
    );
    await expectStepShown(page, target.id);
    const before = await page.evaluate(() => scrollY);
    // What a phone's browser does as its address bar hides and shows: innerHeight and the visual
    // viewport change and resize fires, while the small viewport (svh) and the layout stay put. A
    // viewport resize would move svh too, and test a rotation instead.
    for (const height of [PHONE.height + ADDRESS_BAR, PHONE.height, PHONE.height + ADDRESS_BAR]) {
      await page.evaluate(async (h) => {
        for (const [target, key] of [
          [window, 'innerHeight'],
          [window.visualViewport, 'height'],
        ] as const)
          if (target) Object.defineProperty(target, key, { configurable: true, get: () => h });
        window.dispatchEvent(new Event('resize'));
        window.visualViewport?.dispatchEvent(new Event('resize'));
        // The engine handles a resize in the next animation frame; two make sure it has run.
        for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      }, height);
      await expectStepShown(page, target.id);
      expect(await page.evaluate(() => scrollY), `scroll position at ${height} px`).toBe(before);
      expect(await chartStateFor(page, target.id)).toBe(target.state);
    }
    await page.close();
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
    await page.close();
  });

  it('shows the state of the last step above the reader after pressing End', async () => {
    const last = allSteps(readStory()).at(-1)!;
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page.evaluate(
          () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
        ),
      )
      .toBe(true);
    // The article ends in prose below its last chart: the reader's place is past the story's
    // last step, by geometry, and no block is on screen to name as current.
    await expect
      .poll(() =>
        page.evaluate(() => ({
          passed: [...document.querySelectorAll('[data-step]')]
            .filter((s) => s.getBoundingClientRect().top <= innerHeight / 2)
            .at(-1)?.id,
          current: document.documentElement.dataset['storyStep'],
        })),
      )
      .toEqual({ passed: last.id, current: '' });
    // Back up to that step: its chart is in the state the story model gives it, drawn as a
    // fresh deep link to the step draws it, not left wherever the jump passed it.
    await scrollToStep(page, last.id);
    await expectStepShown(page, last.id);
    expect(await chartStateFor(page, last.id)).toBe(last.state);
    const afterEnd = await settledMarks(page, last.id);
    const { page: linked } = await openPage(browser, base);
    await linked.goto(`${base}/#${last.id}`);
    await expectStepShown(linked, last.id);
    expect(afterEnd).toEqual(await settledMarks(linked, last.id));
    await linked.close();
    await page.close();
  });

  it('lands on the right state after a fast jump from the top to a step far below', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    const steps = await stepIds(page);
    const far = steps.at(-2)!;
    const target = await page.evaluate((id) => {
      const y =
        document.getElementById(id)!.getBoundingClientRect().top +
        window.scrollY -
        innerHeight * 0.3;
      window.scrollTo({ top: y, behavior: 'smooth' });
      return Math.round(Math.min(y, document.documentElement.scrollHeight - innerHeight));
    }, far.id);
    await expectStepShown(page, far.id);
    // Late events from the fling (scrollama, scrollend) must not move it on: wait for the smooth
    // scroll to arrive, then for the frame the engine resolves scrollend in.
    await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(target);
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await expectStepShown(page, far.id);
    expect(await chartStateFor(page, far.id)).toBe(far.state);
    await page.close();
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
    await settledMarks(page, before);
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
    await page.close();
    return new Set(frames).size;
  }

  it('does not animate under prefers-reduced-motion', async () => {
    expect(await framesAfterChange('reduce')).toBe(1);
  });

  it('does animate otherwise', async () => {
    expect(await framesAfterChange('no-preference')).toBeGreaterThan(1);
  });
});
