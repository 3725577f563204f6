/**
 * Text measuring without a DOM, so layouts stay pure and run the same at build time and in the
 * browser: widths come from the site's own fonts (IBM Plex Sans, PT Serif; Latin and Cyrillic),
 * read from the font files into fonts/widths.json (fonts/generate.ts). Kerning is left out, so a
 * measured line is never narrower than the one drawn, only a few per cent wider at most.
 */
import widths from './fonts/widths.json';
import type { Mark } from './scene';

export type Weight = 400 | 600 | 700;
export type Family = 'sans' | 'serif';
export interface Face {
  weight?: Weight;
  family?: Family;
}

const index = new Map([...widths.chars].map((ch, i) => [ch, i]));
const faces = widths.faces as Record<string, number[]>;
// A character the fonts lack (the browser falls back to another font) counts as a wide letter.
const UNKNOWN_EM = 0.65;

/** The bold labels and titles most charts set. */
export const BOLD: Face = { weight: 700 };
export const SEMIBOLD: Face = { weight: 600 };

/** Serif comes in 400 and 700 only; a 600 asks for the bold, as the browser would synthesise. */
const faceKey = ({ weight = 400, family = 'sans' }: Face) =>
  `${family}-${family === 'serif' && weight === 600 ? 700 : weight}`;

/** Width in px of `text` set at `fontSize` in the given face (default IBM Plex Sans Regular). */
export function textWidth(text: string, fontSize: number, face: Face = {}): number {
  const advances = faces[faceKey(face)]!;
  let em = 0;
  for (const ch of text) {
    const i = index.get(ch);
    const w = i === undefined ? 0 : advances[i]!;
    em += w > 0 ? w / 1000 : i === undefined || !/\p{M}/u.test(ch) ? UNKNOWN_EM : 0;
  }
  return em * fontSize;
}

/** The face a text mark is drawn in, from its attributes and style. */
export function markFace(mark: Mark): Face {
  const weight = Number(mark.attrs['font-weight'] ?? mark.style?.['font-weight'] ?? 400);
  const family = /font-serif|PT Serif/.test(mark.style?.['font-family'] ?? '') ? 'serif' : 'sans';
  return { weight: weight >= 700 ? 700 : weight >= 600 ? 600 : 400, family };
}

/** A text mark's drawn width: its face, size, letter-spacing and any upper-casing in its style. */
export function markTextWidth(mark: Mark): number {
  const size = Number(mark.attrs['font-size']);
  const upper = mark.style?.['text-transform'] === 'uppercase';
  const text = upper ? (mark.text ?? '').toUpperCase() : (mark.text ?? '');
  const spacing = String(mark.style?.['letter-spacing'] ?? mark.attrs['letter-spacing'] ?? '0');
  const perChar = spacing.endsWith('em') ? parseFloat(spacing) * size : parseFloat(spacing) || 0;
  return textWidth(text, size, markFace(mark)) + perChar * [...text].length;
}

/**
 * Greedy word wrap into lines no wider than `width` (a single long word keeps its own line). Widths
 * add up (no kerning), so each word is measured once: remeasuring the whole line for every word
 * made wrapping quadratic, and the comparison table's layouts wrap hundreds of cells per state.
 */
export function wrap(text: string, width: number, fontSize: number, face: Face = {}): string[] {
  const space = textWidth(' ', fontSize, face);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    const wordWidth = textWidth(word, fontSize, face);
    if (line && lineWidth + space + wordWidth > width) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth = line ? lineWidth + space + wordWidth : wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Halo behind text so leader lines and gridlines never run through letters. */
export const halo = {
  stroke: 'var(--color-paper)',
  'stroke-width': '4px',
  'paint-order': 'stroke',
};

/** A haloed sans-serif label: the text mark most charts draw. */
export const textMark = (
  key: string,
  content: string,
  attrs: Record<string, number | string>,
  fill = 'var(--color-ink)',
): Mark => ({
  key,
  tag: 'text',
  attrs: { opacity: 1, ...attrs },
  style: { fill, 'font-family': 'var(--font-sans)', ...halo },
  text: content,
});
