/**
 * What-works grid: (rows, state, size) → scene. Services down, capabilities across, one cell each;
 * the state picks the month. Status reads by shape and colour: a full disc works, a half disc is
 * restricted, a circled cross is blocked, a hatched "?" is unknown. Cells that changed this month
 * get a heavy outline.
 */
import type { Mark, Scene, Size } from '../scene';
import type { Locale } from '../../i18n/locale';
import { stateById } from '../stateById';
import { MIN_ROW, planGrid } from './plan';
import { gridAt, serviceOrder } from './grid';
import type { WorksRow } from './grid';
import { worksStates } from './states';
import { titleMarks } from './title';
import { headMarks } from './heads';
import { serviceRowMarks } from './serviceRow';
import { legendMarks } from './legend';

export const findWorksState = (id: string) => stateById('what-works', worksStates, id);

export function layoutWhatWorks(
  rows: WorksRow[],
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const { month } = findWorksState(stateId);
  const { width, height } = size;
  const cells = gridAt(rows, month);
  const changedCount = cells.filter((c) => c.changed).length;
  const compact = height < 380 || width < 360;
  // The roomy arrangement first; if its rows come out too short to read, the tight one.
  let plan = planGrid(width, height, compact, false, locale);
  if (plan.rowH < MIN_ROW) plan = planGrid(width, height, compact, true, locale);
  const { tight, colW, headRows, headLine, gapBeforeMax, rowH } = plan;

  const marks: Mark[] = [
    ...titleMarks(month, changedCount, plan, locale),
    ...headMarks(plan.headTop, plan),
  ];
  const top = plan.headTop + headRows * headLine + 4;

  // The legend follows the grid directly when the grid does not fill the frame.
  const footerTop = Math.min(
    plan.footerBottom,
    top + rowH * serviceOrder.length + gapBeforeMax + (tight ? 6 : 10),
  );
  const r = Math.max(5, Math.min(rowH, colW) * 0.3);
  serviceOrder.forEach((service, i) => {
    const y = top + i * rowH + (service === 'max' ? gapBeforeMax : 0);
    marks.push(...serviceRowMarks(service, y, cells, month, { width, plan, r, locale }));
  });
  marks.push(...legendMarks(footerTop, plan));
  return { width, height, marks };
}
