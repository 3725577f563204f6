/**
 * The grid's title: the month, and how many cells changed in it (beside the month when space is
 * tight, where the legend's "Changed this month" explains the outline).
 */
import type { Mark } from '../scene';
import { BOLD, textWidth } from '../text';
import type { Locale } from '../../i18n/locale';
import { monthName, summaryWords } from './words';
import { MARGIN } from './plan';
import type { GridPlan } from './plan';
import { textAt } from './textAt';

export function titleMarks(
  month: string,
  changedCount: number,
  plan: GridPlan,
  locale: Locale,
): Mark[] {
  const { tight, titleSize, subSize } = plan;
  const name = monthName(month, locale);
  const sub = summaryWords[locale](changedCount, tight);
  const subX = tight ? MARGIN + textWidth(name, titleSize, BOLD) + 10 : MARGIN;
  const subY = tight ? MARGIN + titleSize : MARGIN + titleSize + 4 + subSize;
  return [
    textAt('month', MARGIN, MARGIN + titleSize, name, titleSize, {
      'font-weight': 700,
    }),
    textAt('month-sub', subX, subY, sub, subSize, {}, { fill: 'var(--color-muted)' }),
  ];
}
