import type { Locale, Localized } from '../i18n/locale';
import { escapeXml } from '../lib/xml';

/**
 * A chart's layout returns a Scene: plain marks with keys, no DOM. The same scene is written to an
 * SVG string at build time (toSvgString) and joined into a live SVG by D3 in the browser (live.ts).
 */
export interface Size {
  width: number;
  height: number;
}

export type MarkTag = 'rect' | 'circle' | 'line' | 'path' | 'text' | 'polygon';

/** What a focusable mark says on focus, hover or tap. */
export interface Tip {
  heading: string;
  body: string;
  /** Where sources disagree about the mark: shown apart, marked as a dispute. */
  dispute?: string;
  source: string;
}

export interface Mark {
  /** Stable across states, so D3 can move a mark instead of replacing it. */
  key: string;
  tag: MarkTag;
  /** Geometry and opacity: transitions interpolate these. */
  attrs: Record<string, number | string>;
  /** Colours and type as CSS values (`var(--color-…)`), applied as inline style. */
  style?: Record<string, string>;
  text?: string;
  className?: string;
  tip?: Tip;
}

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** The words a tip's one-line form adds around the data's own text. */
export const TIP_WORDS: Localized<{ disputed: string; source: string }> = {
  en: { disputed: 'Disputed:', source: 'Source:' },
  ru: { disputed: 'Спорно:', source: 'Источник:' },
};

const round = (value: number) => Math.round(value * 10) / 10;

export const styleString = (style: Record<string, string>) =>
  Object.entries(style)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');

const stop = (text: string) => text.replace(/[.\s]+$/, '');

/** A tip as one line of text: the accessible name of a mark, and its title in a static copy. */
export const tipLabel = (tip: Tip, locale: Locale = 'en') =>
  `${tip.heading}: ${stop(tip.body)}.` +
  (tip.dispute ? ` ${TIP_WORDS[locale].disputed} ${stop(tip.dispute)}.` : '') +
  ` ${TIP_WORDS[locale].source} ${tip.source}`;

function markToSvg(mark: Mark, interactive: boolean, locale: Locale): string {
  const attrs: string[] = [`data-key="${escapeXml(mark.key)}"`];
  if (mark.className) attrs.push(`class="${escapeXml(mark.className)}"`);
  // One decimal is finer than a pixel at any size the SVG is shown; it keeps the page light.
  for (const [name, value] of Object.entries(mark.attrs))
    attrs.push(`${name}="${escapeXml(String(typeof value === 'number' ? round(value) : value))}"`);
  if (mark.style) attrs.push(`style="${escapeXml(styleString(mark.style))}"`);
  // Labelled for screen readers but not a tab stop: the live chart makes the chart one tab stop
  // and moves between marks with arrow keys (keyboard.ts).
  if (mark.tip && interactive) {
    attrs.push(`role="img"`, `aria-label="${escapeXml(tipLabel(mark.tip, locale))}"`);
  }
  // A labelled mark is named by its aria-label; a static copy keeps the label as a hover title.
  const title =
    mark.tip && !interactive ? `<title>${escapeXml(tipLabel(mark.tip, locale))}</title>` : '';
  const text = mark.text === undefined ? '' : escapeXml(mark.text);
  return `<${mark.tag} ${attrs.join(' ')}>${title}${text}</${mark.tag}>`;
}

/**
 * The scene as a standalone SVG, scaled to its container by its viewBox. Interactive marks carry
 * a label for the live chart to move focus between; otherwise they keep only a hover title. No
 * mark is ever a tab stop here.
 */
export function toSvgString(
  scene: Scene,
  label: string,
  interactive = true,
  extraAttrs = '',
  locale: Locale = 'en',
): string {
  const marks = scene.marks.map((m) => markToSvg(m, interactive, locale)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" ` +
    `width="${scene.width}" height="${scene.height}" role="${interactive ? 'group' : 'img'}" aria-label="${escapeXml(label)}" ${extraAttrs}>` +
    `${marks}</svg>`
  );
}
