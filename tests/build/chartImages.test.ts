/**
 * The chart images shown without JavaScript and on paper are SVG files in an <img>, which cannot
 * use the page's web fonts: each label is held to the length the layout measured in IBM Plex Sans,
 * so a wider fallback font cannot push it into its neighbour.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const dir = join(DIST, 'charts');
const images = readdirSync(dir).filter((f) => f.endsWith('.svg'));

describe('chart images', () => {
  it('exist for every step in its phone, wide and print variants', () => {
    for (const variant of ['narrow', 'wide', 'print'])
      expect(images.filter((f) => f.endsWith(`-${variant}.svg`)).length, variant).toBeGreaterThan(
        20,
      );
  });

  it('hold every label to its measured length', () => {
    for (const file of images) {
      const svg = readFileSync(join(dir, file), 'utf8');
      const labels = [...svg.matchAll(/<text\b([^>]*)>(?:<title>[^<]*<\/title>)?([^<]+)<\/text>/g)];
      expect(labels.length, file).toBeGreaterThan(0);
      for (const [, attrs, text] of labels) {
        expect(
          Number(/textLength="([\d.]+)"/.exec(attrs!)?.[1]),
          `${file} ${text}`,
        ).toBeGreaterThan(0);
        expect(attrs, `${file} ${text}`).toContain('lengthAdjust="spacingAndGlyphs"');
      }
    }
  });
});
