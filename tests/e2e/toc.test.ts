import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launch, openPage } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** Scrolls so that the middle of a chapter's first paragraph sits at the reading line. */
async function readChapter(page: Page, id: string) {
  await page.evaluate((chapter) => {
    const el = document.querySelector(`#${chapter} > p, #${chapter} [data-step]`)!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'instant' });
  }, id);
}

const current = (page: Page) =>
  page.$$eval('[data-toc-link][aria-current]', (links) =>
    links.map((l) => (l as HTMLElement).dataset['tocLink']),
  );

describe('the table of contents', () => {
  it.each([
    ['desktop', undefined],
    ['phone', PHONE],
  ])('marks the chapter in view as the reader scrolls (%s)', async (_name, viewport) => {
    const { page, errors } = await openPage(browser, base, viewport ? { viewport } : {});
    await page.goto(`${base}/`);
    expect(await current(page)).toEqual([]);
    expect(await page.locator('[data-toc-here]').isHidden()).toBe(true);
    for (const [id, n] of [
      ['phase-squeeze', 6],
      ['corrections', 10],
      ['road-here', 2],
    ] as const) {
      await readChapter(page, id);
      await page.waitForFunction(
        (chapter) =>
          document.querySelector(`[data-toc-link="${chapter}"]`)?.getAttribute('aria-current') ===
          'location',
        id,
      );
      expect(await current(page)).toEqual([id]);
      const here = await page.locator('[data-toc-here]').innerText();
      expect(here).toContain(`${n}/`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the reader to a chapter from its link', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.click('[data-toc-link="what-max-is"]');
    // The address may then follow the step in view, so check where the page is, not the hash.
    await page.waitForFunction(
      () => Math.abs(document.getElementById('what-max-is')!.getBoundingClientRect().top) < 5,
    );
    await page.close();
  });
});
