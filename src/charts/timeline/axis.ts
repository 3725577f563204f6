/**
 * The timeline's axis: years over the background's multi-year window, months at full width, days
 * when zoomed into a few weeks.
 */
import type { ScaleTime } from 'd3-scale';
import type { Mark } from '../scene';
import { textWidth } from '../text';
import { monthLabel } from '../../lib/dates';
import type { Locale } from '../../i18n/locale';
import { MARGIN } from './frame';

export function axisMarks(
  x: ScaleTime<number, number>,
  bottom: number,
  width: number,
  narrow: boolean,
  locale: Locale = 'en',
): Mark[] {
  const marks: Mark[] = [];
  const ticks = x.ticks(narrow ? 5 : 8);
  const yearsOnly = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  let lastLabelRight = -Infinity;
  ticks.forEach((tick, i) => {
    const isMonth = tick.getUTCDate() === 1;
    const withYear = isMonth && (tick.getUTCMonth() === 0 || i === 0);
    const label = yearsOnly
      ? String(tick.getUTCFullYear())
      : isMonth
        ? `${monthLabel(tick, false, locale)}${withYear ? ` ${tick.getUTCFullYear()}` : ''}`
        : `${tick.getUTCDate()} ${monthLabel(tick, false, locale)}`;
    const key = `tick-${tick.toISOString().slice(0, 10)}`;
    marks.push({
      key,
      tag: 'line',
      attrs: { x1: x(tick), x2: x(tick), y1: bottom, y2: bottom + 5, opacity: 1 },
      style: { stroke: 'var(--color-muted)' },
    });
    // Keep the first and last labels inside the frame, and skip a label that would touch the last.
    const half = textWidth(label, 12) / 2;
    const labelX = Math.min(Math.max(x(tick), MARGIN + half), width - MARGIN - half);
    if (labelX - half < lastLabelRight + 6) return;
    lastLabelRight = labelX + half;
    marks.push({
      key: `${key}-label`,
      tag: 'text',
      attrs: {
        x: labelX,
        y: bottom + 19,
        'font-size': 12,
        'text-anchor': 'middle',
        opacity: 1,
      },
      style: { fill: 'var(--color-muted)', 'font-family': 'var(--font-sans)' },
      text: label,
    });
  });
  return marks;
}
