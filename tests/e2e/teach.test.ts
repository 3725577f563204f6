import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { expectSlide } from '../helpers/present';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

describe('the teacher’s page', () => {
  it('plans a 45-minute lesson whose every item opens the slides at a slide that exists', async () => {
    const { page, errors, foreign } = await openPage(browser, base);
    await page.goto(`${base}/teach/`);
    const minutes = await page.$$eval('.teach-plan .teach-minutes', (all) =>
      all.map((m) => parseInt(m.textContent ?? '', 10)),
    );
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(45);
    const links = await page.$$eval('.teach-plan a', (all) =>
      all.map((a) => (a as HTMLAnchorElement).getAttribute('href')!),
    );
    expect(links.length).toBe(minutes.length);
    await page.goto(`${base}/present/`);
    const slides = new Set(await page.$$eval('[data-slide]', (all) => all.map((s) => s.id)));
    for (const link of links) {
      expect(link).toMatch(/^\/present\/#/);
      expect(slides.has(link.split('#')[1]!), link).toBe(true);
    }
    await page.goto(`${base}/teach/`);
    await page.locator('.teach-plan a').nth(2).click();
    await expectSlide(page, links[2]!.split('#')[1]!);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('has learning goals, two or three questions per chapter listed and the glossary terms', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/teach/`);
    expect(await page.locator('#goals + p + ol > li').count()).toBeGreaterThanOrEqual(3);
    const counts = await page.$$eval('.teach-chapter ol', (all) =>
      all.map((ol) => ol.children.length),
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect([2, 3]).toContain(count);
    const terms = await page.$$eval('.teach-glossary dt', (all) => all.map((d) => d.textContent));
    for (const term of [
      'VPN',
      'DNS',
      'National DNS',
      'End-to-end encryption',
      'Roskomnadzor',
      'Superapp',
      'Monthly reach',
      'Daily reach',
    ])
      expect(terms).toContain(term);
    await page.close();
  });

  it('has no axe-core violations', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/teach/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints its questions as a one-page A4 worksheet, without the teacher’s plan or links', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/teach/`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.teach-links', '.teach-plan', '.teach-glossary', '#goals'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.locator('.worksheet-head').isVisible()).toBe(true);
    // Every question shown with a ruled line under it, numbered through the chapters (1 to 22,
    // not 1, 2, 1, 2): one counter, reset by the questions' section only.
    const questions = await page.$$eval('.teach-chapter li', (all) =>
      all.map((li) => {
        const [before, after] = [getComputedStyle(li, '::before'), getComputedStyle(li, '::after')];
        return {
          shown: li.getBoundingClientRect().height > 0,
          numbered: /counter\(question\)/.test(before.content),
          ruled: Number.parseFloat(after.height) > 10 && after.borderBottomStyle === 'solid',
          resets: getComputedStyle(li.parentElement!).counterReset,
        };
      }),
    );
    expect(questions.length).toBeGreaterThanOrEqual(20);
    for (const q of questions)
      expect(q).toEqual({ shown: true, numbered: true, ruled: true, resets: 'none' });
    expect(await page.$eval('.teach-questions', (s) => getComputedStyle(s).counterReset)).toMatch(
      /^question/,
    );
    await page.close();
  });
});

describe('printing the article', () => {
  it('prints every step’s static chart, and no sticky figure, data tables or controls', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.emulateMedia({ media: 'print' });
    const result = await page.evaluate(() => {
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      // A run of steps in one chart state prints that chart once, with its first step.
      const steps = [...document.querySelectorAll('[data-step]:not([data-repeats-chart])')];
      return {
        steps: steps.length,
        charts: steps.filter((s) => {
          // The static figure holds one image (a <picture> picks the phone or wide layout).
          const copies = [...s.querySelectorAll('.step-static img')].filter(shown);
          return copies.length === 1 && copies[0]!.getBoundingClientRect().width > 300;
        }).length,
        sticky: [...document.querySelectorAll('.scrolly-figure')].filter(shown).length,
        controls: [...document.querySelectorAll('.no-print, .data-table')].filter(shown).length,
        presentLink: shown(document.querySelector('a[href="/present/"]')!),
      };
    });
    expect(result.steps).toBeGreaterThan(10);
    expect(result.charts).toBe(result.steps);
    expect(result).toMatchObject({ sticky: 0, controls: 0, presentLink: false });
    await page.close();
  });

  it('writes out the address after each source link, and not after inline figures', async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/`);
    await page.emulateMedia({ media: 'print' });
    const links = await page.$$eval('.chapter a[href^="http"]', (all) =>
      all.map((a) => ({
        href: (a as HTMLAnchorElement).getAttribute('href')!,
        fig: a.classList.contains('fig'),
        listed: a.closest('.source-list') !== null,
        text: (a as HTMLElement).innerText.trim(),
        after: getComputedStyle(a, '::after').content,
      })),
    );
    const sources = links.filter((l) => !l.fig);
    expect(sources.length).toBeGreaterThan(0);
    // The source list's links print their address as their own text; any other link writes it out.
    for (const link of sources)
      if (link.listed) expect(link.href).toContain(link.text);
      else expect(link.after).toContain(link.href);
    for (const link of links.filter((l) => l.fig)) expect(link.after).toBe('none');
    await page.close();
  });
});
