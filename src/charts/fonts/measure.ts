/**
 * Reads advance widths from the site's own self-hosted font files (@fontsource, the same WOFF
 * files the pages serve) with fontkit, for the faces charts and cards set text in. Node only: it
 * runs when the width table is regenerated (generate.ts) and in the test that checks the
 * committed table still matches the fonts; layouts read the table, never the fonts.
 */
import { openSync } from 'fontkit';
import type { Font } from 'fontkit';
import type { WidthTable } from './widthTable';
import { fontsourceWoff } from '../../lib/fontsource';

/** Faces by the key layouts name them with: family-weight. */
export const FACES = {
  'sans-400': ['ibm-plex-sans', 400],
  'sans-600': ['ibm-plex-sans', 600],
  'sans-700': ['ibm-plex-sans', 700],
  'serif-400': ['pt-serif', 400],
  'serif-700': ['pt-serif', 700],
} as const;

/** English now, a Russian edition next: the Latin and Cyrillic subsets the site self-hosts. */
const SUBSETS = ['latin', 'cyrillic'] as const;

// Printable characters only: no controls, no byte-order mark or "not a character" code points.
const printable = (cp: number) => cp >= 0x20 && cp < 0xfff0 && cp !== 0xfeff && cp !== 0x200b;

export function measureFonts(): WidthTable {
  const fonts = Object.fromEntries(
    Object.entries(FACES).map(([face, [family, weight]]) => [
      face,
      SUBSETS.map((subset) => openSync(fontsourceWoff(family, subset, weight)) as Font),
    ]),
  );
  const codePoints = [
    ...new Set(Object.values(fonts).flatMap((subsets) => subsets.flatMap((f) => f.characterSet))),
  ]
    .filter(printable)
    .sort((a, b) => a - b);
  const faces = Object.fromEntries(
    Object.entries(fonts).map(([face, subsets]) => [
      face,
      codePoints.map((cp) => {
        // The first subset whose file has the character (fontsource splits a face by script).
        const font = subsets.find((f) => f.hasGlyphForCodePoint(cp));
        return font
          ? Math.round((font.glyphForCodePoint(cp).advanceWidth * 1000) / font.unitsPerEm)
          : 0;
      }),
    ]),
  );
  return { chars: String.fromCodePoint(...codePoints), faces };
}
