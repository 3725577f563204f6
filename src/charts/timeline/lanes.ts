/** The timeline's three lanes, one per kind of event, and the rules and names that mark them. */
import type { Mark } from '../scene';
import { halo } from '../text';
import { MARGIN } from './frame';
import type { Locale, Localized } from '../../i18n/locale';

export type LaneId = 'restriction' | 'max-law' | 'other';

export const lanes: { id: LaneId; label: Localized; color: string }[] = [
  {
    id: 'restriction',
    label: { en: 'Restrictions and blocks', ru: 'Ограничения и блокировки' },
    color: 'var(--color-restriction)',
  },
  {
    id: 'max-law',
    label: { en: 'Max and the law', ru: 'Max и законы' },
    color: 'var(--color-max)',
  },
  {
    id: 'other',
    label: { en: 'Statements and context', ru: 'Заявления и контекст' },
    color: 'var(--color-statement)',
  },
];

export const laneOf = (id: LaneId) => lanes.find((l) => l.id === id)!;

/** A rule across the frame at the top of each lane, with the lane's name under it. */
export function laneMarks(
  laneY: (id: LaneId) => number,
  width: number,
  locale: Locale = 'en',
): Mark[] {
  const marks: Mark[] = [];
  for (const lane of lanes) {
    const top = laneY(lane.id) - 24;
    marks.push({
      key: `lane-${lane.id}`,
      tag: 'line',
      attrs: { x1: MARGIN, x2: width - MARGIN, y1: top, y2: top, opacity: 1 },
      style: { stroke: 'var(--color-rule)', 'stroke-width': '1' },
    });
    marks.push({
      key: `lane-label-${lane.id}`,
      tag: 'text',
      attrs: { x: MARGIN, y: top + 12, 'font-size': 11, opacity: 1 },
      style: {
        fill: 'var(--color-muted)',
        'font-family': 'var(--font-sans)',
        'letter-spacing': '0.04em',
        ...halo,
      },
      text: lane.label[locale].toUpperCase(),
    });
  }
  return marks;
}
