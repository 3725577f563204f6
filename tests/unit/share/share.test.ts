import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../../src/story/model';
import { renderCard } from '../../../src/share/card';
import { resolveTokens } from '../../../src/charts/tokens';
import { chapterCard } from '../../../src/share/cards';
import { fragmentId, withFragment } from '../../../src/share/fragment';
import { woffToSfnt } from '../../../src/share/woff';
import { colors } from '../../../tailwind.config';

const woff = (name: string) =>
  readFileSync(join(process.cwd(), 'node_modules', '@fontsource', name));

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it.each([
    'pt-serif/files/pt-serif-latin-700-normal.woff',
    'ibm-plex-sans/files/ibm-plex-sans-cyrillic-400-normal.woff',
  ])('turns %s into a font whose every table matches its checksum', (name) => {
    const source = woff(name);
    const font = woffToSfnt(source);
    expect(font.readUInt32BE(0)).toBe(source.readUInt32BE(4));
    const tables = font.readUInt16BE(4);
    expect(tables).toBe(source.readUInt16BE(12));
    const tags: string[] = [];
    for (let i = 0; i < tables; i++) {
      const at = 12 + i * 16;
      tags.push(font.subarray(at, at + 4).toString('latin1'));
      const offset = font.readUInt32BE(at + 8);
      const data = font.subarray(offset, offset + font.readUInt32BE(at + 12));
      // 'head' stores checkSumAdjustment inside itself, so its checksum is taken with it zeroed.
      if (tags.at(-1) === 'head') data.writeUInt32BE(0, 8);
      expect(checksum(data), tags.at(-1)).toBe(font.readUInt32BE(at + 4));
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow(/WOFF/);
  });
});

describe('resolveTokens', () => {
  it('writes design tokens as literal colours and font stacks', () => {
    const svg = resolveTokens('<text style="fill:var(--color-ink);font-family:var(--font-sans)">');
    expect(svg).toBe(
      `<text style="fill:${colors.ink};font-family:'IBM Plex Sans', system-ui, sans-serif">`,
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
