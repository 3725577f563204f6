/** The capability column heads, bottom-aligned so one-line heads sit on the grid. */
import type { Mark } from '../scene';
import { capabilityOrder } from './grid';
import { MARGIN } from './plan';
import type { GridPlan } from './plan';
import { textAt } from './textAt';

export function headMarks(top: number, plan: GridPlan): Mark[] {
  const { labelW, colW, headLines, headRows, headLine, headSize } = plan;
  const marks: Mark[] = [];
  capabilityOrder.forEach((c, i) => {
    const cx = MARGIN + labelW + colW * (i + 0.5);
    headLines[i]!.forEach((line, j) => {
      marks.push(
        textAt(
          `cap-${c}-${j}`,
          cx,
          top + headLine * (j + 1) + (headRows - headLines[i]!.length) * headLine - 3,
          line,
          headSize,
          {
            'text-anchor': 'middle',
            'font-weight': 600,
          },
        ),
      );
    });
  });
  return marks;
}
