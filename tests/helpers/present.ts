/** Page helpers for presentation mode: which slide shows, and waiting for a move to land. */
import type { Page } from 'playwright-core';

export const slideIds = (page: Page) => page.$$eval('[data-slide]', (all) => all.map((s) => s.id));

export const currentSlide = (page: Page) =>
  page.$eval('[data-slide][data-current]', (s) => s.id).catch(() => null);

/** Waits until the slide shows, fills the screen and the address names it. */
export async function expectSlide(page: Page, id: string, timeout = 3000): Promise<void> {
  await page.waitForFunction(
    (slideId) => {
      const slide = document.querySelector<HTMLElement>('[data-slide][data-current]');
      return slide?.id === slideId && location.hash === `#${slideId}` && slide.offsetWidth > 0;
    },
    id,
    { timeout },
  );
}
