/** WhatsApp's ">100 million" claim: a dashed reference line, its label and the claim's dates. */
import type { Mark } from '../scene';
import { BOLD, textMark, wrap } from '../text';
import { MARGIN, colors, periodX } from './frame';
import type { Plot } from './frame';
import { claimRows, pointTip } from './series';
import { audienceWords } from './words';
import type { AudiencePoint } from './series';

export function claimMarks(
  points: AudiencePoint[],
  plot: Plot,
  width: number,
  short: boolean,
): Mark[] {
  const { x, y, left, right, fs, lh, r } = plot;
  const marks: Mark[] = [];
  const cy = y(100e6);
  marks.push({
    key: 'claim-line',
    tag: 'line',
    attrs: { x1: left, x2: right, y1: cy, y2: cy, opacity: 1 },
    style: { stroke: colors.whatsapp, 'stroke-width': '2', 'stroke-dasharray': '6 4' },
  });
  const label = audienceWords[plot.locale].claim;
  // Short frames have room for two lines above the claim line: the label may run on over the
  // line-end column, which sits lower, by WhatsApp's measured values.
  const lines = wrap(label, (short ? width - MARGIN : right) - left - 40, fs, BOLD);
  lines.forEach((line, i) =>
    marks.push(
      textMark(
        `claim-label-${i}`,
        line,
        {
          x: left + 36,
          y: cy - r - 5 - (lines.length - 1 - i) * lh,
          'font-size': fs,
          'font-weight': 700,
        },
        colors.whatsapp,
      ),
    ),
  );
  for (const c of claimRows(points)) {
    marks.push({
      key: `claim-${c.id}`,
      tag: 'rect',
      className: 'mark',
      attrs: {
        x: x(periodX(c.period)) - r,
        y: cy - r,
        width: 2 * r,
        height: 2 * r,
        opacity: 1,
      },
      style: { fill: 'var(--color-paper)', stroke: colors.whatsapp, 'stroke-width': '2' },
      tip: pointTip(c, plot.locale),
    });
  }
  return marks;
}
