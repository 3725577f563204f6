import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { layoutShiftTotal, recordLayoutShifts } from '../helpers/layoutShift';
import { launch } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** A fresh phone (no cached fonts) that lists the font files a page fetches. */
async function phone(): Promise<{ page: Page; fonts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/\.woff2?$/.test(r.url())) fonts.push(r.url().split('/').pop()!);
  });
  return { page, fonts };
}

describe('fonts', () => {
  it('each edition fetches its headline faces first, and the English one no Cyrillic face', async () => {
    const latin = ['pt-serif-latin-400', 'pt-serif-latin-700'];
    for (const [path, cyrillic, headline] of [
      ['/', false, latin],
      // Russian lines name WhatsApp and Max in Latin: both scripts' faces come first.
      ['/ru/', true, ['pt-serif-cyrillic-400', 'pt-serif-cyrillic-700', ...latin]],
    ] as const) {
      const { page, fonts } = await phone();
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // Preloaded with the page: PT Serif is shown only if it is there by the first paint.
      const first = fonts.slice(0, headline.length).map((f) => f.replace(/-normal\..*$/, ''));
      expect(first.sort(), path).toEqual([...headline].sort());
      expect(
        fonts.some((f) => f.includes('cyrillic')),
        `${path}: ${fonts.join(', ')}`,
      ).toBe(cyrillic);
      await page.context().close();
    }
  });

  it('moves nothing when the sans face arrives after the first paint (layout shift < 0.01)', async () => {
    const { page } = await phone();
    await recordLayoutShifts(page);
    // Plex is held back until the page has painted in its stand-in, as on a slow network.
    let release!: () => void;
    const painted = new Promise<void>((done) => (release = done));
    await page.route(/ibm-plex-sans.*\.woff2$/, async (route) => {
      await painted;
      await route.continue();
    });
    await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
    release();
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => f.family.includes('IBM Plex') && f.status === 'loaded'),
    );
    await page.evaluate(() => document.fonts.ready);
    expect(await layoutShiftTotal(page)).toBeLessThan(0.01);
    await page.context().close();
  });
});
