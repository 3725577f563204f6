/**
 * How the built pages load their faces: the prose face never swaps in after the first paint (a
 * swap reflowed the masthead under a phone reader), while the sans faces, whose metrics chart
 * labels are fitted to, do swap in. Every face is cut to the site's characters
 * (src/fonts/subset.ts) and must still draw each one a page shows.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { pageCodePoints, parseUnicodeRange } from '../../src/offline/fonts';

const css = readdirSync(join(DIST, '_astro'))
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(join(DIST, '_astro', name), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => ({
  family: /font-family:\s*"?([^;"]+)"?/.exec(m[1]!)?.[1],
  display: /font-display:\s*([a-z]+)/.exec(m[1]!)?.[1],
  range: /unicode-range:\s*([^;}]+)/.exec(m[1]!)?.[1],
  woff2: /url\(["']?\/?([^"')]+\.woff2)/.exec(m[1]!)?.[1],
}));

/** A face's file in the build, from the address its stylesheet gives (under any base path). */
const fileOf = (face: { woff2?: string | undefined }) =>
  join(DIST, face.woff2!.replace(/^.*?_astro\//, '_astro/'));

/** Every character a built page or chart image shows, by where it is shown (the first place). */
function shownCharacters(): Map<number, string> {
  const shown = new Map<number, string>();
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|svg)$/.test(f),
  );
  for (const file of files)
    for (const c of pageCodePoints(readFileSync(join(DIST, file), 'utf8')))
      // Control characters (line breaks, tabs) are white space, never drawn.
      if (c >= 0x20 && !shown.has(c)) shown.set(c, file);
  return shown;
}

describe('font loading', () => {
  it('loads PT Serif with font-display optional', () => {
    const serif = faces.filter((f) => f.family === 'PT Serif');
    expect(serif.length).toBeGreaterThan(0);
    expect(new Set(serif.map((f) => f.display))).toEqual(new Set(['optional']));
  });

  it('lets IBM Plex Sans swap in, since chart labels are measured in it', () => {
    const sans = faces.filter((f) => f.family === 'IBM Plex Sans');
    expect(sans.length).toBeGreaterThan(0);
    expect(new Set(sans.map((f) => f.display))).toEqual(new Set(['swap']));
  });

  it('draws every character the site shows in each face that covers it, after cutting the faces', () => {
    const shown = shownCharacters();
    const used = faces.filter((f) => f.woff2 && f.range);
    expect(used.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const face of used) {
      const ranges = parseUnicodeRange(face.range!);
      const inRange = [...shown.keys()].filter((c) => ranges.some(([a, b]) => c >= a && c <= b));
      if (inRange.length === 0) continue;
      const file = fileOf(face);
      expect(existsSync(file), `${face.woff2} is named by a stylesheet but not built`).toBe(true);
      const font = create(readFileSync(file)) as Font;
      for (const c of inRange)
        if (!font.hasGlyphForCodePoint(c))
          missing.push(
            `${String.fromCodePoint(c)} (U+${c.toString(16)}, ${shown.get(c)}) in ${face.woff2}`,
          );
    }
    expect(missing).toEqual([]);
  });

  it('serves faces cut to the site, not whole script files', () => {
    const latin = faces.find(
      (f) => f.family === 'PT Serif' && /latin-400-normal/.test(f.woff2 ?? ''),
    )!;
    const font = create(readFileSync(fileOf(latin))) as Font;
    // Fontsource's Latin file has some 230 glyphs; the story uses well under 200 characters.
    expect(font.numGlyphs).toBeLessThan(200);
    // Letters the story never writes are gone (they fall back to the next face, were one needed).
    expect(font.hasGlyphForCodePoint('þ'.codePointAt(0)!)).toBe(false);
    // Its TrueType hinting (programs, control values and device metrics) is gone. fontkit reads
    // the table directory but does not type it.
    const { tables } = (font as Font & { directory: { tables: Record<string, unknown> } })
      .directory;
    expect(Object.keys(tables)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(fpgm|prep|cvt |hdmx)$/)]),
    );
  });
});
