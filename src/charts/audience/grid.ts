/** A panel's gridlines, labelled in millions at the left edge. */
import type { Mark } from '../scene';
import { textMark } from '../text';
import type { Plot } from './frame';

export function gridMarks(
  panelKey: string,
  plotTop: number,
  panelBottom: number,
  plot: Plot,
): Mark[] {
  const { y, left, right } = plot;
  const marks: Mark[] = [];
  // Gridlines no closer than the 11 px labels need: one at 100M alone on the flattest panels.
  const plotH = panelBottom - plotTop;
  const gridStep = plotH < 60 ? 100e6 : plotH < 140 ? 50e6 : 25e6;
  for (let v = 0; v <= 100e6; v += gridStep) {
    marks.push({
      key: `grid-${panelKey}-${v / 1e6}`,
      tag: 'line',
      attrs: { x1: left, x2: right, y1: y(v), y2: y(v), opacity: 1 },
      style: {
        stroke: v === 0 ? 'var(--color-muted)' : 'var(--color-rule)',
        'stroke-width': '1',
      },
    });
    if (v > 0)
      marks.push(
        textMark(
          `grid-label-${panelKey}-${v / 1e6}`,
          `${v / 1e6}M`,
          { x: left, y: y(v) - 4, 'font-size': 11 },
          'var(--color-muted)',
        ),
      );
  }
  return marks;
}
