/**
 * The grid's title: the month, and how many cells changed in it (beside the month when space is
 * tight, where the legend's "Changed this month" explains the outline).
 */
import type { Mark } from '../scene';
import { BOLD, textWidth } from '../text';
import { monthName } from './grid';
import { MARGIN } from './plan';
import type { GridPlan } from './plan';
import { textAt } from './textAt';

export function titleMarks(month: string, changedCount: number, plan: GridPlan): Mark[] {
  const { tight, titleSize, subSize } = plan;
  const cellsWord = `cell${changedCount === 1 ? '' : 's'}`;
  const sub =
    changedCount === 0
      ? tight
        ? 'No new restriction'
        : 'No new restriction this month'
      : tight
        ? `${changedCount} ${cellsWord} changed`
        : `${changedCount} ${cellsWord} changed this month (outlined)`;
  const subX = tight ? MARGIN + textWidth(monthName(month), titleSize, BOLD) + 10 : MARGIN;
  const subY = tight ? MARGIN + titleSize : MARGIN + titleSize + 4 + subSize;
  return [
    textAt('month', MARGIN, MARGIN + titleSize, monthName(month), titleSize, {
      'font-weight': 700,
    }),
    textAt('month-sub', subX, subY, sub, subSize, {}, { fill: 'var(--color-muted)' }),
  ];
}
