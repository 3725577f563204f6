import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { SLIDE_CHART, slideDeck } from '../../src/present/slides';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gzipBytes, pageScripts, readDom, readPage } from '../helpers/dist';
import { parseHtml } from '../helpers/html';

const chapters = readStory();
const deck = slideDeck(chapters);
const html = readPage('/present/');
const page = readDom('/present/');
const teach = readDom('/teach/');

/** One slide's element. */
const slideOf = (id: string) => {
  const slide = page.getElementById(id);
  expect(slide?.hasAttribute('data-slide'), id).toBe(true);
  return slide!;
};

describe('the built presentation', () => {
  it('has every slide under its id, numbered, with a progress indicator', () => {
    expect(page.querySelectorAll('[data-slide]').map((s) => s.id)).toEqual(deck.map((s) => s.id));
    for (const slide of deck) {
      const own = slideOf(slide.id);
      expect(own.getAttribute('data-number'), slide.id).toBe(String(slide.number));
      expect(own.querySelector('.slide-progress')?.text, slide.id).toContain(
        `${slide.number} / ${deck.length}`,
      );
    }
  });

  it('draws each step’s chart in that step’s state, labelled with its text alternative', () => {
    let linked = 0;
    for (const slide of deck) {
      if (slide.kind !== 'step') continue;
      // Inline in the first slides; past them, an image of the slide-sized SVG file, same chart.
      const image = slideOf(slide.id).querySelector('img[data-slide-chart]');
      if (image) {
        linked++;
        expect(image.getAttribute('alt'), slide.id).toBe(slide.step.alt);
        expect(image.getAttribute('src'), slide.id).toBe(`/charts/${slide.step.id}-slide.svg`);
      }
      const svg = image
        ? parseHtml(readFileSync(join(DIST, image.getAttribute('src')!), 'utf8')).querySelector(
            'svg',
          )
        : slideOf(slide.id).querySelector('svg');
      expect(svg?.getAttribute('viewBox'), slide.id).toBe(
        `0 0 ${SLIDE_CHART.width} ${SLIDE_CHART.height}`,
      );
      expect(svg?.getAttribute('aria-label'), slide.id).toBe(slide.step.alt);
    }
    expect(linked).toBeGreaterThan(40);
  });

  it('bundles the chart of every slide that links it, for the deck to put inline', () => {
    const bundle = parseHtml(readFileSync(join(DIST, 'present/charts.xml'), 'utf8'));
    for (const slide of deck) {
      if (slide.kind !== 'step' || !slideOf(slide.id).querySelector('img[data-slide-chart]'))
        continue;
      const svg = bundle.querySelector(`chart[for="${slide.id}"] svg`);
      expect(svg?.getAttribute('aria-label'), slide.id).toBe(slide.step.alt);
      expect(svg?.querySelectorAll('[data-key]').length, slide.id).toBeGreaterThan(3);
    }
    expect(page.querySelector('[data-deck]')?.getAttribute('data-charts')).toBe(
      '/present/charts.xml',
    );
  });

  it('carries a QR code on every slide, hidden in a disclosure except on the closing slide', () => {
    expect(page.querySelectorAll('[data-slide] details.slide-qr').length).toBe(deck.length - 1);
    expect(slideOf(deck.at(-1)!.id).querySelector('[data-qr-end]')).not.toBeNull();
  });

  it('keeps speaker notes inert, inside templates only', () => {
    for (const slide of deck) {
      if (slide.kind !== 'step' || !slide.step.notes) continue;
      const own = slideOf(slide.id).clone() as typeof page;
      const notes = own.querySelector('template[data-notes]');
      expect(notes?.text, slide.id).toContain(slide.step.notes.slice(0, 30));
      notes!.remove();
      expect(own.text, slide.id).not.toContain(slide.step.notes.slice(0, 30));
    }
  });

  it('ships at most 12 KB of JavaScript, gzip-compressed', () => {
    const total = pageScripts(html).reduce((sum, s) => sum + gzipBytes(s.source), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(12 * 1024);
  });
});

describe('the built teacher’s page', () => {
  it('links every chapter into the slides', () => {
    const links = teach.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const chapter of chapters) expect(links).toContain(`/present/#${chapter.id}`);
  });
});
