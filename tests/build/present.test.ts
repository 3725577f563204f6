import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { SLIDE_CHART, slideDeck } from '../../src/present/slides';
import { gzipBytes, pageScripts, readPage } from '../helpers/dist';

const chapters = readStory();
const deck = slideDeck(chapters);
const html = readPage('/present/');
const teach = readPage('/teach/');

/** The built markup of one slide. */
const slideHtml = (id: string) => {
  const start = html.indexOf(`id="${id}"`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('the built presentation', () => {
  it('has every slide under its id, numbered, with a progress indicator', () => {
    for (const slide of deck) {
      const own = slideHtml(slide.id);
      expect(own, slide.id).toContain(`data-number="${slide.number}"`);
      expect(own, slide.id).toContain(`${slide.number} / ${deck.length}`);
    }
  });

  it('draws each step’s chart in that step’s state, labelled with its text alternative', () => {
    for (const slide of deck) {
      if (slide.kind !== 'step') continue;
      const own = slideHtml(slide.id);
      expect(own, slide.id).toMatch(
        new RegExp(`<svg[^>]*viewBox="0 0 ${SLIDE_CHART.width} ${SLIDE_CHART.height}"`),
      );
      expect(own, slide.id).toContain(`aria-label="${slide.step.alt.replace(/"/g, '&quot;')}"`);
    }
  });

  it('carries a QR code on every slide, hidden in a disclosure except on the closing slide', () => {
    expect((html.match(/<details class="slide-qr"/g) ?? []).length).toBe(deck.length - 1);
    expect(slideHtml(deck.at(-1)!.id)).toContain('data-qr-end');
  });

  it('keeps speaker notes inert, inside templates only', () => {
    for (const slide of deck) {
      if (slide.kind !== 'step' || !slide.step.notes) continue;
      const own = slideHtml(slide.id);
      const start = own.indexOf('<template data-notes>');
      expect(start, slide.id).toBeGreaterThan(-1);
      expect(own.slice(0, start)).not.toContain(slide.step.notes.slice(0, 30));
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
    for (const chapter of chapters) expect(teach).toContain(`href="/present/#${chapter.id}"`);
  });
});
