import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts } from '../../src/charts/registry';
import { staticImageSize } from '../../src/charts/staticImage';
import { readDataset } from '../../src/data/dataset';
import { readStory } from '../../src/story/model';
import { DIST, gzipBytes, pageScripts, readPage } from '../helpers/dist';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const html = readPage('/');
const chapters = readStory();

describe('the built article', () => {
  it('contains every chapter and every step, each under its id', () => {
    for (const chapter of chapters) {
      expect(html, chapter.id).toContain(`id="${chapter.id}"`);
      for (const step of chapter.steps) {
        expect(html, step.id).toMatch(
          new RegExp(`id="${step.id}"[^>]*data-step[^>]*data-state="${step.state}"`),
        );
      }
    }
  });

  it('draws the first block’s chart inline, and an empty chart for every other', () => {
    chapters
      .flatMap((c) => c.blocks)
      .forEach((block, i) => {
        const start = html.indexOf(`data-block="${block.id}"`);
        expect(start, block.id).toBeGreaterThan(-1);
        const figure = html.slice(start, html.indexOf('</figure>', start));
        expect(figure).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"/);
        const marks = (figure.match(/data-key="/g) ?? []).length;
        if (i === 0) expect(marks, block.id).toBeGreaterThan(10);
        else {
          // Marks far down the page are drawn by the live chart when the block comes near.
          expect(marks, block.id).toBe(0);
        }
      });
  });

  it('gives each step an image of its chart in that step’s state, with its text alternative', () => {
    for (const step of chapters.flatMap((c) => c.steps)) {
      const start = html.indexOf(`id="${step.id}"`);
      const own = html.slice(start, html.indexOf('</figure>', start));
      expect(own, step.id).toContain('class="step-static"');
      expect(own, step.id).toContain(`srcset="/charts/${step.id}-wide.svg"`);
      expect(own, step.id).toMatch(
        new RegExp(
          `<img src="/charts/${step.id}-narrow.svg" alt="${escapeRegExp(escapeHtml(step.alt))}"[^>]*loading="lazy"`,
        ),
      );
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
        expect((svg.match(/data-key="/g) ?? []).length, step.id).toBe(scene.marks.length);
        expect(svg, step.id).not.toContain('var(--');
      }
    }
  });

  it('keeps speaker notes out of the article', () => {
    for (const step of chapters.flatMap((c) => c.steps).filter((s) => s.notes)) {
      expect(html).not.toContain(step.notes.slice(0, 40));
    }
  });

  it('references nothing outside its own origin', () => {
    // Links readers click (sources, canonical) are fine; nothing may be loaded from elsewhere.
    const loaded = [
      ...html.matchAll(
        /<(?:script|img|link(?![^>]*rel="canonical")|iframe|source)[^>]*(?:src|href)="(https?:\/\/[^"]+)"/g,
      ),
    ];
    expect(loaded.map((m) => m[1])).toEqual([]);
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
