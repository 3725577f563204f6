/**
 * The one-file edition (dist/switched-off.html) opened from disk, with every request refused:
 * it reads like the site (words, fonts, charts that change while scrolling, a #step link that
 * lands, tips, data tables, static figures for print) and asks for nothing.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch } from '../helpers/browser';
import { changingStep, expectStepShown, scrollToStep } from '../helpers/story';
import { DIST } from '../helpers/dist';
import { EDITION_FILE } from '../../src/offline/edition';
import { allSteps, readStory } from '../../src/story/model';

const file = join(DIST, EDITION_FILE);
const fileUrl = pathToFileURL(file).href;
const steps = allSteps(readStory());
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** Opens the file offline: every request but the file itself is refused and recorded. */
async function openOffline(hash = '', options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ offline: true, ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    const url = r.url().split('#')[0]!;
    if (url !== fileUrl && !/^(data|blob):/.test(url)) requests.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${fileUrl}${hash}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-unpacked'));
  return { page, requests: [...new Set(requests)], errors, context };
}

describe('the one-file edition', () => {
  it('is at most 2 MB', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('reads from disk with no request at all: words, fonts, charts that follow the scroll', async () => {
    const { page, requests, errors, context } = await openOffline();
    expect(await page.locator('h1').textContent()).toContain('Switched off');
    expect(await page.locator('[data-step]').count()).toBe(steps.length);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    );
    expect(fonts.some((f) => /PT Serif/.test(f))).toBe(true);
    expect(fonts.some((f) => /IBM Plex Sans/.test(f))).toBe(true);
    const { before, after } = await changingStep(page);
    await scrollToStep(page, before);
    await expectStepShown(page, before);
    await scrollToStep(page, after);
    await expectStepShown(page, after);
    const mark = page.locator('[data-scrolly] [data-chart-frame] [data-key][tabindex]').first();
    await mark.focus();
    const tip = page.locator('[data-scrolly] [data-tip]:not([hidden])').first();
    await expect.poll(() => tip.textContent()).toMatch(/Source: /);
    const table = page.locator('details.data-table').first();
    await table.locator('summary').click();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await table.locator('a[download][href^="blob:"]').count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands a #step link on its step, in its state', async () => {
    const last = steps.at(-3)!;
    const { page, requests, context } = await openOffline(`#${last.id}`, {
      viewport: { width: 390, height: 844 },
    });
    await expectStepShown(page, last.id);
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      last.id,
    );
    expect(top).toBeLessThan(844);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('prints every step with its static figure, under reduced motion too', async () => {
    const { page, requests, context } = await openOffline('', { reducedMotion: 'reduce' });
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const figures = page.locator('.step-static img');
    expect(await figures.count()).toBe(steps.length);
    await expect
      .poll(() =>
        page.$$eval('.step-static img', (imgs) =>
          imgs.every(
            (img) =>
              (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
          ),
        ),
      )
      .toBe(true);
    expect(requests).toEqual([]);
    await context.close();
  });
});
