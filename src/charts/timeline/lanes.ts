/** The timeline's three lanes, one per kind of event, and the rules and names that mark them. */
import type { Mark } from '../scene';
import { halo } from '../text';
import { MARGIN } from './frame';

export type LaneId = 'restriction' | 'max-law' | 'other';

export const lanes: { id: LaneId; label: string; color: string }[] = [
  { id: 'restriction', label: 'Restrictions and blocks', color: 'var(--color-restriction)' },
  { id: 'max-law', label: 'Max and the law', color: 'var(--color-max)' },
  { id: 'other', label: 'Statements and context', color: 'var(--color-statement)' },
];

export const laneOf = (id: LaneId) => lanes.find((l) => l.id === id)!;

/** A rule across the frame at the top of each lane, with the lane's name under it. */
export function laneMarks(laneY: (id: LaneId) => number, width: number): Mark[] {
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
      text: lane.label.toUpperCase(),
    });
  }
  return marks;
}
