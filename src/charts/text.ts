/**
 * Text measuring without a DOM, so layouts stay pure and run at build time. IBM Plex Sans averages
 * about 0.56 em per character in mixed English text; labels are wrapped against that estimate.
 */
import type { Mark } from './scene';

const AVERAGE_CHAR_EM = 0.56;

export const textWidth = (text: string, fontSize: number) =>
  text.length * fontSize * AVERAGE_CHAR_EM;

/** Greedy word wrap into lines no wider than `width` (a single long word keeps its own line). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
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
