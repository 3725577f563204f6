import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts } from '../../src/charts/registry';
import { staticImageSize } from '../../src/charts/staticImage';
import { readDataset } from '../../src/data/dataset';
import { readStory } from '../../src/story/model';
import { DIST, gzipBytes, pageScripts, readPage } from '../helpers/dist';
import { parseHtml } from '../helpers/html';

const html = readPage('/');
const page = parseHtml(html);
const chapters = readStory();
const el = (id: string) => page.getElementById(id);

describe('the built article', () => {
  it('contains every chapter and every step, each under its id', () => {
    for (const chapter of chapters) {
      expect(el(chapter.id)?.tagName, chapter.id).toBe('SECTION');
      for (const step of chapter.steps) {
        const found = el(step.id);
        expect(found?.hasAttribute('data-step'), step.id).toBe(true);
        expect(found?.getAttribute('data-state'), step.id).toBe(step.state);
        expect(found?.closest('[data-scrolly]')?.getAttribute('data-block'), step.id).toBe(
          step.block,
        );
      }
    }
  });

  it('draws the first block’s chart inline, and an empty chart for every other', () => {
    chapters
      .flatMap((c) => c.blocks)
      .forEach((block, i) => {
        const figure = page.querySelector(`[data-block="${block.id}"] figure`);
        expect(figure, block.id).not.toBeNull();
        expect(figure!.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        const marks = figure!.querySelectorAll('[data-key]').length;
        if (i === 0) expect(marks, block.id).toBeGreaterThan(10);
        else {
          // Marks far down the page are drawn by the live chart when the block comes near.
          expect(marks, block.id).toBe(0);
        }
      });
  });

  it('gives each step an image of its chart in that step’s state, with its text alternative', () => {
    for (const step of chapters.flatMap((c) => c.steps)) {
      const figure = el(step.id)?.querySelector('figure.step-static');
      expect(figure, step.id).toBeTruthy();
      expect(
        figure!.querySelector('source[media="(min-width: 640px)"]')?.getAttribute('srcset'),
      ).toBe(`/charts/${step.id}-wide.svg`);
      const img = figure!.querySelector('img')!;
      expect(img.getAttribute('src'), step.id).toBe(`/charts/${step.id}-narrow.svg`);
      expect(img.getAttribute('alt'), step.id).toBe(step.alt);
      expect(img.getAttribute('loading'), step.id).toBe('lazy');
      for (const variant of ['narrow', 'wide']) {
        const svg = readFileSync(join(DIST, 'charts', `${step.id}-${variant}.svg`), 'utf8');
        expect(svg, `${step.id}-${variant}`).toMatch(
          /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox/,
        );
        // Drawn in the step's own state, with its marks, and with colours an <img> can show.
        const chart = charts[step.chart]!;
        const scene = chart.layout(
          chart.select(readDataset()),
          step.state,
          staticImageSize(step.chart, variant as 'narrow'),
        );
        expect(parseHtml(svg).querySelectorAll('[data-key]').length, step.id).toBe(
          scene.marks.length,
        );
        expect(svg, step.id).not.toContain('var(--');
      }
    }
  });

  it('keeps speaker notes out of the article', () => {
    const text = page.querySelector('main')!.text;
    const withNotes = chapters.flatMap((c) => c.steps).filter((s) => s.notes);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const step of withNotes) expect(text, step.id).not.toContain(step.notes.slice(0, 40));
    // The check reads decoded text: the step's own words are found the same way.
    expect(text).toContain(withNotes[0]!.text.split('\n')[0]!.slice(0, 40));
  });

  it('references nothing outside its own origin', () => {
    // Links readers click (sources, canonical) are fine; nothing may be loaded from elsewhere.
    const loaded = page
      .querySelectorAll('script[src], img[src], link[href]:not([rel="canonical"]), iframe, source')
      .flatMap((e) => [e.getAttribute('src'), e.getAttribute('href'), e.getAttribute('srcset')])
      .filter((url) => url && /^(https?:)?\/\//.test(url));
    expect(loaded).toEqual([]);
  });
});

describe('the JavaScript budget', () => {
  // Raised from 40 KB when the audience, regions and other story charts joined the bundle
  // (about 42 KB then): every chart's layout ships so any block can take over its figure.
  it('ships at most 60 KB of JavaScript, gzip-compressed, on the article page', () => {
    const scripts = pageScripts(html);
    const total = scripts.reduce((sum, s) => sum + gzipBytes(s.source), 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });
});
