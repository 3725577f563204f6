/**
 * Regions layout: (reports, state, size) → scene. One bar per Na Svyazi report, in date order
 * (reports, not a time scale: three fall within November). The chart says on its face that these
 * are crowd-sourced reports, not network measurements.
 */
import { scaleLinear } from 'd3-scale';
import type { Mark, Scene, Size } from '../scene';
import { BOLD, textMark, textWidth, wrap } from '../text';
import { stateById } from '../stateById';
import { gridlineMarks } from '../gridlines';
import { MARGIN, NARROW, Y_MAX } from './frame';
import { regionsStates } from './states';
import type { RegionsState } from './states';
import { focusText } from './report';
import type { RegionReport } from './report';
import { headingMarks } from './heading';
import { barMarks } from './bars';
import { serviceKeyMarks } from './serviceKey';
import type { Locale } from '../../i18n/locale';

export const findState = (id: string): RegionsState => stateById('regions', regionsStates, id);

export function layoutRegions(
  reports: RegionReport[],
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const fs = narrow ? 12 : 13;
  const lh = Math.round(fs * 1.3);
  const inner = width - 2 * MARGIN;

  const heading = headingMarks(size, fs, lh, locale);
  const y0 = heading.bottom;
  const marks: Mark[] = [...heading.marks];

  // Room for the longest focus sentence of any state, so the bars hold still between states.
  const noteWidth = Math.min(inner, 420);
  const noteLines = Math.max(
    ...regionsStates.map((s) => wrap(focusText(reports, s, locale), noteWidth, fs).length),
  );
  wrap(focusText(reports, state, locale), noteWidth, fs).forEach((line, i) =>
    marks.push(
      textMark(`note-${i}`, line, { x: MARGIN, y: y0 + 8 + fs + i * lh, 'font-size': fs }),
    ),
  );
  const plotTop = y0 + 8 + noteLines * lh + lh + 6;
  const plotBottom = height - MARGIN - 2 * lh - 4;
  const y = scaleLinear().domain([0, Y_MAX]).range([plotBottom, plotTop]);

  const grid = [0, 25, 50, 75].map((v) => ({
    id: String(v),
    value: v,
    label: v === 75 ? (locale === 'ru' ? '75 регионов' : '75 regions') : String(v),
  }));
  marks.push(...gridlineMarks(grid, y, MARGIN, width - MARGIN));

  // One slot per report; the first leaves room for the gridline labels.
  const ordered = [...reports].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const left = MARGIN + 24;
  const slot = (width - MARGIN - left) / ordered.length;
  // Where bold 11 px "WhatsApp" would touch its neighbour, the bars' colours are named once in a
  // key on that row instead of under each bar.
  const keyed = slot < textWidth('WhatsApp', 11, BOLD) + 6;
  const serviceY = plotBottom + 2 * lh;
  const barWidth = Math.min(48, slot * 0.5);
  marks.push(
    ...barMarks(
      ordered,
      state,
      y,
      { left, slot, barWidth, plotBottom, serviceY, keyed },
      { fs, lh },
      locale,
    ),
  );
  if (keyed)
    marks.push(
      ...serviceKeyMarks(
        ordered.filter((r) => state.shown.includes(r.id)),
        left,
        serviceY,
        locale,
      ),
    );

  return {
    width,
    height,
    marks: [...marks].sort((a, b) => (a.tag === 'text' ? 1 : 0) - (b.tag === 'text' ? 1 : 0)),
  };
}
