import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../../src/story/model';
import { rasterize, renderCard } from '../../../src/share/card';
import { resolveTokens } from '../../../src/charts/tokens';
import { chapterCard } from '../../../src/share/cards';
import { fragmentId, withFragment } from '../../../src/share/fragment';
import { colors } from '../../../tailwind.config';

describe('share-card fonts', () => {
  // Each script of each face must come from that face: resvg, given per-script subsets, drew a
  // missing glyph with the first face that had it, so bold and serif Cyrillic came out regular sans.
  const ink = (family: string, weight: number, text: string) => {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80">` +
      `<text x="10" y="60" font-size="48" font-family="${family}" font-weight="${weight}">${text}</text></svg>`;
    const png = PNG.sync.read(rasterize(svg));
    let dark = 0;
    for (let i = 3; i < png.data.length; i += 4) dark += png.data[i]!;
    return dark;
  };
  it.each(['Жук и ёж', 'Sphinx'])(
    'draws "%s" in the serif bold, not in the regular sans',
    (text) => {
      const serifBold = ink('PT Serif', 700, text);
      const sansRegular = ink('IBM Plex Sans', 400, text);
      const sansBold = ink('IBM Plex Sans', 700, text);
      expect(serifBold).toBeGreaterThan(0);
      expect(serifBold).not.toBe(sansRegular);
      expect(sansBold).toBeGreaterThan(sansRegular * 1.15);
    },
  );
});

describe('resolveTokens', () => {
  it('writes design tokens as literal colours and font stacks', () => {
    const svg = resolveTokens('<text style="fill:var(--color-ink);font-family:var(--font-sans)">');
    expect(svg).toBe(
      `<text style="fill:${colors.ink};font-family:'IBM Plex Sans', Arial, 'Liberation Sans', Arimo, Helvetica, system-ui, sans-serif">`,
    );
  });

  it('fails loudly on a token that does not exist', () => {
    expect(() => resolveTokens('fill:var(--color-nope)')).toThrow(/--color-nope/);
  });
});

describe('fragmentId', () => {
  it.each([
    ['#calls-restricted', 'calls-restricted'],
    ['#%E2%9C%93', '✓'],
    ['#', null],
    ['', null],
    ['#%E0%A4%A', null],
    ['#<script>', '<script>'],
  ])('reads %j as %j', (hash, id) => expect(fragmentId(hash)).toBe(id));

  it('replaces or removes the fragment of an address', () => {
    expect(withFragment('https://a.org/?x=1#old', 'new-step')).toBe('https://a.org/?x=1#new-step');
    expect(withFragment('https://a.org/#old', null)).toBe('https://a.org/');
  });
});

describe('renderCard', () => {
  const site = new URL('https://example.org');
  /** Share of pixels in a region that are darker than mid-grey: text and marks, not paper. */
  function ink(png: Buffer, x0: number, y0: number, x1: number, y1: number) {
    const image = PNG.sync.read(png);
    let dark = 0;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const i = (y * image.width + x) * 4;
        if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 384) dark++;
      }
    return { width: image.width, height: image.height, dark: dark / ((x1 - x0) * (y1 - y0)) };
  }

  it('draws the title and the chart on a 1200×630 card', () => {
    const chapter = readStory().find((c) => c.steps.length > 0)!;
    const card = chapterCard(chapter, site);
    const png = renderCard(card);
    const title = ink(png, 56, 100, 456, 220);
    expect(title).toMatchObject({ width: 1200, height: 630 });
    expect(title.dark).toBeGreaterThan(0.05);
    // The chart half of the card is not empty paper.
    expect(ink(png, 500, 40, 1160, 560).dark).toBeGreaterThan(0.002);
  });

  it('sets a chapter without a chart as a typographic card', () => {
    const chapter = { ...readStory()[0]!, blocks: [], steps: [] };
    const card = chapterCard(chapter, site);
    expect(card.chart).toBeUndefined();
    expect(card.subtitle).toBe(chapter.summary);
    const title = ink(renderCard(card), 56, 100, 1144, 200);
    expect(title.dark).toBeGreaterThan(0.05);
  });
});
