/** Page helpers shared by the end-to-end tests: where a step is, and what state its chart shows. */
import type { Page } from 'playwright-core';

/** Scrolls a step into its reading position (the browser applies the step's scroll-margin). */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    document.getElementById(stepId)!.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, id);
}

/** The state the live chart of the step's block is drawn in. */
export function chartStateFor(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((stepId) => {
    const block = document.getElementById(stepId)!.closest('[data-scrolly]')!;
    return block.querySelector<HTMLElement>('[data-chart-frame]')!.dataset['state'];
  }, id);
}

/** Waits until the chart of the step's block shows that step's state. */
export async function expectStepShown(page: Page, id: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (stepId) => {
      const step = document.getElementById(stepId)!;
      const frame = step
        .closest('[data-scrolly]')!
        .querySelector<HTMLElement>('[data-chart-frame]')!;
      return frame.dataset['state'] === step.dataset['state'] && step.hasAttribute('data-active');
    },
    id,
    { timeout },
  );
}

export const stepIds = (page: Page) =>
  page.$$eval('[data-step]', (steps) =>
    steps.map((s) => ({ id: s.id, state: (s as HTMLElement).dataset['state']! })),
  );

/** A step whose chart state differs from the step before it in the same block: scrolling to it animates. */
export const changingStep = (page: Page) =>
  page.$$eval('[data-scrolly]', (blocks) => {
    for (const block of blocks) {
      const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
      for (let i = 1; i < steps.length; i++) {
        if (steps[i]!.dataset['state'] !== steps[i - 1]!.dataset['state'])
          return { before: steps[i - 1]!.id, after: steps[i]!.id };
      }
    }
    throw new Error('no block changes state between two steps');
  });

/**
 * The marks of the step's block once no transition moves them: the SVG, rounded to whole pixels,
 * read every frame until 12 frames in a row agree (a staggered transition can hold still for a
 * frame or two before its next marks move).
 */
export function settledMarks(page: Page, id: string): Promise<string> {
  return page.evaluate(async (stepId) => {
    const svg = document
      .getElementById(stepId)!
      .closest('[data-scrolly]')!
      .querySelector('[data-chart-frame] svg')!;
    const snap = () =>
      [...svg.querySelectorAll('[data-key]')]
        .map((m) => m.outerHTML.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n)))))
        .join('\n');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = snap();
    let still = 0;
    // A transition lasts well under a second; 300 frames (5 s at 60 Hz) bound a runaway loop.
    for (let i = 0; i < 300; i++) {
      await frame();
      const now = snap();
      still = now === last ? still + 1 : 0;
      if (still >= 12) return now;
      last = now;
    }
    throw new Error(`the chart of ${stepId} is still moving after 300 frames`);
  }, id);
}
