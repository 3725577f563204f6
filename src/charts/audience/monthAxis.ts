/** The month axis: a label per month where there is room, every second or third month if not. */
import type { Mark } from '../scene';
import { textMark, textWidth } from '../text';
import { monthLabel, periodEnd, toDate } from '../../lib/dates';
import { DOMAIN, periodX } from './frame';
import type { Plot } from './frame';

export function monthAxisMarks(
  bottom: number,
  plot: Pick<Plot, 'x' | 'left' | 'right' | 'lh' | 'locale'>,
) {
  const { x, left, right, lh, locale } = plot;
  const marks: Mark[] = [];
  const months: string[] = [];
  for (let d = toDate(DOMAIN[0]); d < toDate(DOMAIN[1]); d = periodEnd(d.toISOString().slice(0, 7)))
    months.push(d.toISOString().slice(0, 7));
  const perMonth = (right - left) / months.length;
  // Russian month names are longer («сент.», «нояб.»): space them by the widest one.
  const widest = Math.max(
    ...months.map((m) => textWidth(monthLabel(toDate(m), false, locale), 12)),
  );
  const every =
    locale === 'en'
      ? perMonth >= 34
        ? 1
        : perMonth >= 19
          ? 2
          : 3
      : ([1, 2, 3, 4].find((n) => perMonth * n >= widest + 6) ?? 4);
  let lastYear = '';
  months.forEach((month, i) => {
    if ((months.length - 1 - i) % every !== 0) return;
    const cx = x(periodX(month));
    marks.push(
      textMark(
        `month-${month}`,
        monthLabel(toDate(month), false, locale),
        { x: cx, y: bottom + lh, 'font-size': 12, 'text-anchor': 'middle' },
        'var(--color-muted)',
      ),
    );
    const year = month.slice(0, 4);
    if (year !== lastYear)
      marks.push(
        textMark(
          `year-${year}`,
          year,
          { x: cx, y: bottom + 2 * lh, 'font-size': 12, 'text-anchor': 'middle' },
          'var(--color-muted)',
        ),
      );
    lastYear = year;
  });
  return marks;
}
