/**
 * The legend: every status shape with its word, flowed into rows under the table; tight frames
 * use the short word.
 */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { textWidth } from '../text';
import { flow } from '../flow';
import type { FeatureStatus } from '../../data/schemas/features';
import { FONT, MARGIN } from './frame';
import { statusGlyph } from './status';
import { notDocumentedLegend, statusWords, tightStatusWords } from './words';

const legendSize = 11;
const legendRow = 15;

function legendFlow(width: number, tight: boolean, locale: Locale) {
  // Tight cells use the short words, so the legend does too.
  const words = (tight ? tightStatusWords : statusWords)[locale];
  const notDocumented = notDocumentedLegend[locale];
  const items = (Object.keys(words) as FeatureStatus[]).map((s) => ({
    status: s,
    label: s !== 'not-documented' ? words[s] : tight ? notDocumented.tight : notDocumented.full,
  }));
  const widths = items.map((item) => 2 * 5 + 5 + textWidth(item.label, legendSize));
  const placed = flow(widths, width - 2 * MARGIN, legendRow, 12);
  return items.map((item, i) => ({ ...item, ...placed[i]! }));
}

/**
 * The legend's height below the table: its rows (two reserved even when one would do, as wide
 * frames always have), plus the gap that sets it off.
 */
export const legendHeight = (
  width: number,
  tight: boolean,
  compact: boolean,
  locale: Locale = 'en',
) =>
  Math.max(legendRow, legendFlow(width, tight, locale).at(-1)!.y) + legendRow + (compact ? 4 : 6);

export function legendMarks(width: number, tight: boolean, top: number, locale: Locale): Mark[] {
  const marks: Mark[] = [];
  for (const item of legendFlow(width, tight, locale)) {
    const cx = MARGIN + item.x + 5;
    const cy = top + item.y + 5;
    marks.push(statusGlyph(`legend-${item.status}`, item.status, cx, cy, 5, 1));
    marks.push({
      key: `legend-${item.status}-label`,
      tag: 'text',
      attrs: { x: cx + 10, y: cy + 4, 'font-size': legendSize, opacity: 1 },
      style: { fill: 'var(--color-muted)', 'font-family': FONT },
      text: item.label,
    });
  }
  return marks;
}
