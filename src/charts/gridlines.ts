/**
 * Horizontal gridlines across a plot, each above zero labelled at the left edge just over its
 * line; the zero line is the darker baseline.
 */
import type { Mark } from './scene';
import { textMark } from './text';

export interface Gridline {
  /** Key suffix: marks are `grid-<id>` and `grid-label-<id>`. */
  id: string;
  value: number;
  label: string;
}

export function gridlineMarks(
  lines: Gridline[],
  y: (value: number) => number,
  x1: number,
  x2: number,
): Mark[] {
  const marks: Mark[] = [];
  for (const { id, value, label } of lines) {
    marks.push({
      key: `grid-${id}`,
      tag: 'line',
      attrs: { x1, x2, y1: y(value), y2: y(value), opacity: 1 },
      style: {
        stroke: value === 0 ? 'var(--color-muted)' : 'var(--color-rule)',
        'stroke-width': '1',
      },
    });
    if (value > 0)
      marks.push(
        textMark(
          `grid-label-${id}`,
          label,
          { x: x1, y: y(value) - 4, 'font-size': 11 },
          'var(--color-muted)',
        ),
      );
  }
  return marks;
}
