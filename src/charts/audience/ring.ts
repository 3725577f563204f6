/** A ring around the focused services' dots in the period a state explains. */
import type { Mark } from '../scene';
import { periodX } from './frame';
import type { Plot } from './frame';
import type { Panel } from './panels';
import type { AudienceService } from './states';

export function ringMarks(
  panel: Panel,
  period: string,
  focus: Set<AudienceService>,
  plot: Plot,
): Mark[] {
  const { x, y, r } = plot;
  const ringed = panel.rows.filter((p) => p.period === period && focus.has(p.service));
  if (!ringed.length) return [];
  const ys = ringed.map((p) => y(p.value));
  const cx = x(periodX(period));
  return [
    {
      key: 'ring',
      tag: 'rect',
      attrs: {
        x: cx - r - 5,
        y: Math.min(...ys) - r - 5,
        width: 2 * r + 10,
        height: Math.max(...ys) - Math.min(...ys) + 2 * r + 10,
        rx: r + 5,
        opacity: 1,
      },
      style: { fill: 'none', stroke: 'var(--color-ink)', 'stroke-width': '1.5' },
    },
  ];
}
