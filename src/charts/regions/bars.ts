/**
 * One bar per report in date order (reports, not a time scale: three fall within November), with
 * its count above and its date and service below.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Mark } from '../scene';
import { textMark } from '../text';
import { barDate, colorOf, countLabel, reportTip, serviceLabel } from './report';
import type { Locale } from '../../i18n/locale';
import { regionWords } from './words';
import type { RegionReport } from './report';
import type { RegionsState } from './states';

export interface Slots {
  /** The first slot's left edge. */
  left: number;
  slot: number;
  barWidth: number;
  plotBottom: number;
  /** The baseline of the service names (or of the key that replaces them). */
  serviceY: number;
  /** Whether a key names the colours once instead of a name under each bar. */
  keyed: boolean;
}

export function barMarks(
  ordered: RegionReport[],
  state: RegionsState,
  y: ScaleLinear<number, number>,
  slots: Slots,
  type: { fs: number; lh: number },
  locale: Locale = 'en',
): Mark[] {
  const { left, slot, barWidth, plotBottom, serviceY, keyed } = slots;
  const { fs, lh } = type;
  const marks: Mark[] = [];
  const shortDate = (r: RegionReport) => barDate(r, locale);
  ordered.forEach((r, i) => {
    if (!state.shown.includes(r.id)) return;
    const cx = left + slot * (i + 0.5);
    const inFocus = state.focus.includes(r.id);
    const color = colorOf(r);
    marks.push({
      key: `bar-${r.id}`,
      tag: 'rect',
      className: inFocus ? 'mark is-active' : 'mark',
      attrs: {
        x: cx - barWidth / 2,
        y: y(r.count),
        width: barWidth,
        height: y(0) - y(r.count),
        opacity: inFocus ? 1 : 0.45,
      },
      style: { fill: color },
      tip: reportTip(r, locale),
    });
    marks.push(
      textMark(`count-${r.id}`, countLabel(r), {
        x: cx,
        y: y(r.count) - 5,
        'font-size': fs + 1,
        'font-weight': 700,
        'text-anchor': 'middle',
      }),
    );
    marks.push(
      textMark(
        `date-${r.id}`,
        shortDate(r),
        { x: cx, y: plotBottom + lh, 'font-size': 11, 'text-anchor': 'middle' },
        'var(--color-muted)',
      ),
    );
    const service = r.services.length > 1 ? regionWords[locale].both : serviceLabel(r, locale);
    if (!keyed)
      marks.push(
        textMark(
          `service-${r.id}`,
          service,
          {
            x: cx,
            y: serviceY,
            'font-size': 11,
            'font-weight': 700,
            'text-anchor': 'middle',
          },
          color,
        ),
      );
  });
  return marks;
}
