/** The footer: a legend entry per status (and the "changed" outline), then the headers' key. */
import type { Mark } from '../scene';
import { halo } from '../text';
import { MARGIN } from './plan';
import type { GridPlan } from './plan';
import { textAt } from './textAt';
import { glyphMarks } from './glyphMarks';

export function legendMarks(footerTop: number, plan: GridPlan): Mark[] {
  const { legendItems, legendSize, legendR, legendRow, placed, legendH, keyText, keyLine } = plan;
  const marks: Mark[] = [];
  placed.forEach((at, i) => {
    const item = legendItems[i]!;
    const cx = MARGIN + at.x + legendR;
    const cy = footerTop + at.y + legendRow / 2;
    if (item.status === 'changed')
      marks.push({
        key: 'legend-changed',
        tag: 'rect',
        attrs: {
          x: cx - legendR,
          y: cy - legendR,
          width: 2 * legendR,
          height: 2 * legendR,
          rx: 2,
          opacity: 1,
        },
        style: { fill: 'none', stroke: 'var(--color-ink)', 'stroke-width': '2' },
      });
    else marks.push(...glyphMarks(`legend-${item.status}`, item.status, cx, cy, legendR));
    marks.push(
      textAt(
        `legend-${item.status}-label`,
        cx + legendR + 5,
        cy + legendSize * 0.35,
        item.label,
        legendSize,
        {},
        {
          fill: 'var(--color-muted)',
        },
      ),
    );
  });
  keyText.forEach((line, i) => {
    marks.push(
      textAt(
        `key-${i}`,
        MARGIN,
        footerTop + legendH + 4 + (i + 1) * keyLine - 3,
        line,
        legendSize,
        {},
        {
          fill: 'var(--color-muted)',
          ...halo,
        },
      ),
    );
  });
  return marks;
}
