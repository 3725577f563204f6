/**
 * A panel's series: a line joins only consecutive measured months, each measured point is a dot
 * (a hollow square for self-reported registrations), and a state may write values beside dots.
 */
import type { Mark } from '../scene';
import { BOLD, textMark, textWidth } from '../text';
import { formatPeople } from './format';
import { colors, periodX } from './frame';
import type { Plot } from './frame';
import type { Panel } from './panels';
import { pointTip, segments } from './series';
import type { AudienceService, AudienceState } from './states';

export function seriesMarks(
  panel: Panel,
  plot: Plot,
  state: AudienceState,
  opacityOf: (s: AudienceService) => number,
): Mark[] {
  const { x, y, left, right, fs, r } = plot;
  const marks: Mark[] = [];
  for (const [a, b] of segments(panel.rows)) {
    marks.push({
      key: `seg-${a.id}`,
      tag: 'line',
      attrs: {
        x1: x(periodX(a.period)),
        x2: x(periodX(b.period)),
        y1: y(a.value),
        y2: y(b.value),
        opacity: opacityOf(a.service),
      },
      style: { stroke: colors[a.service], 'stroke-width': '2' },
    });
  }

  for (const p of panel.rows) {
    const cx = x(periodX(p.period));
    const cy = y(p.value);
    const tip = pointTip(p, plot.locale);
    marks.push(
      panel.square
        ? {
            key: `reg-${p.id}`,
            tag: 'rect',
            className: 'mark',
            attrs: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, opacity: 1 },
            style: { fill: 'var(--color-paper)', stroke: colors.max, 'stroke-width': '2' },
            tip,
          }
        : {
            key: `dot-${p.id}`,
            tag: 'circle',
            className: 'mark',
            attrs: { cx, cy, r, opacity: opacityOf(p.service) },
            style: {
              fill: colors[p.service],
              stroke: 'var(--color-paper)',
              'stroke-width': '1.5',
            },
            tip,
          },
    );
    if (state.values?.includes(p.id)) {
      const label = formatPeople(p.value, p.qualifier, true, plot.locale);
      const half = textWidth(label, fs, BOLD) / 2;
      marks.push(
        textMark(
          `value-${p.id}`,
          label,
          {
            x: Math.min(Math.max(cx, left + half), right - half),
            // Below the dot when the claim line runs just above it.
            y: state.claim ? cy + r + fs + 2 : cy - r - 6,
            'font-size': fs,
            'font-weight': 700,
            'text-anchor': 'middle',
          },
          colors[p.service],
        ),
      );
    }
  }
  return marks;
}
