/**
 * Audience layout: (points, state, size) → scene. Measured points are dots; a line joins only
 * consecutive measured months of one series. The y axis always names its measure, and Max's
 * self-reported registered users get a panel of their own, never the reach axis.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Mark, Scene, Size } from '../scene';
import { BOLD, textMark, textWidth, wrap } from '../text';
import { toDate } from '../../lib/dates';
import { DOMAIN, MARGIN, NARROW, SHORT, Y_MAX } from './frame';
import type { AudienceService } from './states';
import type { AudiencePoint } from './series';
import { findState, panelsFor } from './panels';
import { gridMarks } from './grid';
import { claimMarks } from './claim';
import { seriesMarks } from './seriesMarks';
import { noteMarks } from './noteMarks';
import { ringMarks } from './ring';
import { endLabelMarks, endLabelsFor } from './endLabels';
import type { EndLabel } from './endLabels';
import { monthAxisMarks } from './monthAxis';
import { formatPeople } from './format';
import type { Locale } from '../../i18n/locale';

export function layoutAudience(
  points: AudiencePoint[],
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const fs = narrow ? 12 : 13;
  const lh = Math.round(fs * 1.3);
  const marks: Mark[] = [];

  // Line-end labels take the right margin: wide enough for the longest (bold) name and value.
  const endWidth =
    Math.ceil(
      Math.max(
        textWidth('WhatsApp', fs, BOLD),
        textWidth(formatPeople(46.4e6, 'about', true, locale), fs),
      ),
    ) + 10;
  const left = MARGIN;
  const right = width - MARGIN - endWidth;
  const x = scaleUtc()
    .domain(DOMAIN.map(toDate))
    .range([left + 6, right - 6]);

  const axisHeight = 2 * lh + 8;
  const bottom = height - axisHeight;
  const short = height < SHORT;
  const panels = panelsFor(points, state, bottom, short, locale);

  const focus = new Set(state.focus ?? state.services);
  const opacityOf = (s: AudienceService) => (focus.has(s) ? 1 : 0.35);
  const r = narrow ? 4 : 4.5;
  const endLabels: EndLabel[] = [];

  for (const panel of panels) {
    const titleLines = wrap(panel.title, width - 2 * MARGIN, fs, BOLD);
    titleLines.forEach((line, i) =>
      marks.push(
        textMark(`title-${panel.key}-${i}`, line, {
          x: MARGIN,
          y: panel.top + fs + i * lh,
          'font-size': fs,
          'font-weight': 700,
        }),
      ),
    );
    const plotTop = panel.top + titleLines.length * lh + lh + 4;
    const y = scaleLinear().domain([0, Y_MAX]).range([panel.bottom, plotTop]);
    const plot = { x, y, left, right, fs, lh, r, locale };
    marks.push(...gridMarks(panel.key, plotTop, panel.bottom, plot));
    if (state.claim && panel.key === 'reach') marks.push(...claimMarks(points, plot, width, short));
    marks.push(...seriesMarks(panel, plot, state, opacityOf));
    endLabels.push(...endLabelsFor(panel, y, state, locale));
    marks.push(...noteMarks(panel, plotTop, plot, state, narrow));
    if (state.ring && panel.key === 'reach')
      marks.push(...ringMarks(panel, state.ring, focus, plot));
  }

  marks.push(...endLabelMarks(endLabels, right + 6, fs, lh));
  marks.push(...monthAxisMarks(bottom, { x, left, right, lh, locale }));
  return { width, height, marks: sortMarks(marks) };
}

/** Paint order: grid and lines under dots, text on top. */
function sortMarks(marks: Mark[]): Mark[] {
  const rank = (m: Mark) =>
    m.tag === 'text'
      ? 3
      : m.key.startsWith('dot-') || m.key.startsWith('reg-') || m.key.startsWith('claim-')
        ? 2
        : m.key.startsWith('seg-')
          ? 1
          : 0;
  return [...marks].sort((a, b) => rank(a) - rank(b));
}
