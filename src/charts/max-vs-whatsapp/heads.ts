/** The table's headings: a column head per messenger, and a ruled heading per feature group. */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { markTextWidth } from '../text';
import type { FeatureGroup } from '../../data/schemas/features';
import { FONT, MARGIN, SIDES } from './frame';
import type { Geometry } from './tiers';
import { groupTitles, shortGroupTitles } from './words';

export const columnHeadMarks = (g: Geometry): Mark[] =>
  SIDES.map((side, i) => {
    const x = MARGIN + g.labelW + g.cellW * i;
    return {
      key: `head-${side}`,
      tag: 'text',
      attrs: { x: x + 2, y: MARGIN + 15, 'font-size': 15, 'font-weight': 700, opacity: 1 },
      style: { fill: `var(--color-${side})`, 'font-family': FONT },
      text: side === 'max' ? 'Max' : 'WhatsApp',
    };
  });

/** An open group's heading names it; a folded one adds how many features it hides. */
export function groupHeadMarks(
  group: FeatureGroup,
  isOpen: boolean,
  count: number,
  y: number,
  width: number,
  labelSize: number,
  locale: Locale,
): Mark[] {
  const titled = (name: string) => (isOpen ? name : `${name} (${count})`);
  const heading: Mark = {
    key: `group-${group}`,
    tag: 'text',
    attrs: {
      x: MARGIN,
      y: y + 4 + labelSize,
      'font-size': isOpen ? labelSize : 11,
      'font-weight': 700,
      opacity: 1,
    },
    style: {
      fill: isOpen ? 'var(--color-ink)' : 'var(--color-muted)',
      'font-family': FONT,
      'text-transform': 'uppercase',
      'letter-spacing': '0.04em',
    },
    text: titled(groupTitles[locale][group]),
  };
  // Upper case and letter-spacing make a heading wide: a long one (Russian, on a phone) gives way
  // to its short form rather than run past the margin.
  if (markTextWidth(heading) > width - 2 * MARGIN)
    heading.text = titled(shortGroupTitles[locale][group]);
  return [
    {
      key: `group-${group}-rule`,
      tag: 'line',
      attrs: { x1: MARGIN, x2: width - MARGIN, y1: y + 2, y2: y + 2, opacity: 1 },
      style: {
        stroke: isOpen ? 'var(--color-ink)' : 'var(--color-rule)',
        'stroke-width': isOpen ? '1.5' : '1',
      },
    },
    heading,
  ];
}
