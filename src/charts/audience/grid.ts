/** A panel's gridlines, labelled in millions at the left edge. */
import type { Mark } from '../scene';
import { gridlineMarks } from '../gridlines';
import type { Plot } from './frame';

export function gridMarks(
  panelKey: string,
  plotTop: number,
  panelBottom: number,
  plot: Plot,
): Mark[] {
  // Gridlines no closer than the 11 px labels need: one at 100M alone on the flattest panels.
  const plotH = panelBottom - plotTop;
  const gridStep = plotH < 60 ? 100e6 : plotH < 140 ? 50e6 : 25e6;
  const lines = [];
  for (let v = 0; v <= 100e6; v += gridStep)
    lines.push({
      id: `${panelKey}-${v / 1e6}`,
      value: v,
      label: plot.locale === 'ru' ? `${v / 1e6} млн` : `${v / 1e6}M`,
    });
  return gridlineMarks(lines, plot.y, plot.left, plot.right);
}
