/**
 * The Russian edition in a real browser: its deep links land in state, the language switch keeps
 * the reader's step (and slide) both ways, its slides step with the keys, its one-file edition
 * reads offline, and what its steps and charts say is Russian, names apart.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allSteps, readStory } from '../../src/story/model';
import { EDITION_FILES } from '../../src/offline/edition';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser';
import { chartStateFor, expectStepShown, scrollToStep } from '../helpers/story';
import { expectSlide } from '../helpers/present';
import { DIST } from '../helpers/dist';
import { latinWords } from '../helpers/cyrillic';

const base = inject('baseUrl');
const steps = allSteps(readStory('ru'));
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

describe('a Russian deep link', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('lands on its step with its chart in state (%s)', async (_, viewport) => {
    const step = steps.find((s) => s.id === 'calls-confirmed')!;
    const { page, errors, foreign } = await openPage(browser, base, { viewport });
    await page.goto(`${base}/ru/#${step.id}`);
    await expectStepShown(page, step.id);
    expect(await chartStateFor(page, step.id)).toBe(step.state);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('the language switch keeps the place', () => {
  it('from an English step to the same Russian step, and back', async () => {
    const { page, errors } = await openPage(browser, base, { viewport: DESKTOP });
    const step = steps[Math.floor(steps.length / 2)]!;
    await page.goto(`${base}/`);
    await scrollToStep(page, step.id);
    await expectStepShown(page, step.id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);

    await page.click('a[data-language-switch]');
    await page.waitForURL(`${base}/ru/#${step.id}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expectStepShown(page, step.id);

    await page.click('a[data-language-switch]');
    await page.waitForURL(`${base}/#${step.id}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectStepShown(page, step.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('from a slide to the same slide of the other edition', async () => {
    const { page } = await openPage(browser, base, { viewport: { width: 1920, height: 1080 } });
    await page.goto(`${base}/present/#${steps[3]!.id}`);
    await expectSlide(page, steps[3]!.id);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, steps[4]!.id);
    await page.click('a[data-language-switch]');
    await page.waitForURL(`${base}/ru/present/#${steps[4]!.id}`);
    await expectSlide(page, steps[4]!.id);
    await page.close();
  });

  it('never redirects by the browser language', async () => {
    const { page } = await openPage(browser, base, { locale: 'ru-RU' });
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});

describe('the Russian slides', () => {
  it('step forward and back with the keys, numbered as in English', async () => {
    const { page, errors } = await openPage(browser, base, {
      viewport: { width: 1920, height: 1080 },
    });
    await page.goto(`${base}/ru/present/`);
    const first = await page.$eval('[data-slide]', (s) => s.id);
    await expectSlide(page, first);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, steps[0]!.id);
    await page.keyboard.press('PageDown');
    await expectSlide(page, steps[1]!.id);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, steps[0]!.id);
    const progress = await page.textContent('[data-slide][data-current] .slide-progress');
    expect(progress).toContain('Слайд');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Russian one-file edition', () => {
  it('reads from disk with no request: Russian words, a chart that follows the scroll', async () => {
    const file = pathToFileURL(join(DIST, EDITION_FILES.ru.file)).href;
    const context = await browser.newContext({ offline: true, viewport: PHONE });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url() === file) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const step = steps.find((s) => s.id === 'calls-confirmed')!;
    await page.goto(`${file}#${step.id}`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-unpacked'));
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expectStepShown(page, step.id);
    expect(await page.locator('h1').textContent()).toMatch(/Отключено/);
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('what the Russian steps and charts say is Russian', () => {
  it('in every step and every state of its chart, names and source titles apart', async () => {
    const { page } = await openPage(browser, base, { viewport: DESKTOP });
    await page.goto(`${base}/ru/`);
    const problems: string[] = [];
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expectStepShown(page, step.id);
      const { prose, chart } = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const card = el.querySelector('.step-card')!.cloneNode(true) as HTMLElement;
        card.querySelectorAll('.step-share, cite').forEach((n) => n.remove());
        const frame = el.closest('[data-scrolly]')!.querySelector('[data-chart-frame] svg')!;
        const labels = [...frame.querySelectorAll('text')].map((t) => t.textContent ?? '');
        return { prose: card.textContent ?? '', chart: labels.join(' ') };
      }, step.id);
      for (const [what, text] of [
        ['prose', prose],
        ['chart', chart],
      ] as const) {
        const { share, words } = latinWords(text);
        if (share < 0.97)
          problems.push(
            `${step.id} ${what}: ${(share * 100).toFixed(1)}% Cyrillic; ${words.join(', ')}`,
          );
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
