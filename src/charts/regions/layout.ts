/**
 * Regions layout: (reports, state, size) → scene. One bar per Na Svyazi report, in date order
 * (reports, not a time scale: three fall within November). The chart says on its face that these
 * are crowd-sourced reports, not network measurements.
 */
import { scaleLinear } from 'd3-scale';
import type { Mark, Scene, Size, Tip } from '../scene';
import { textMark, textWidth, wrap } from '../text';
import { formatDate } from '../../lib/dates';
import { regionsStates } from './states';
import type { RegionsState } from './states';

export interface RegionReport {
  id: string;
  date: string;
  end?: string;
  dateLabel?: string;
  services: ('whatsapp' | 'telegram')[];
  count: number;
  qualifier?: 'at least';
  counts: string;
  aside?: string;
  reporter: string;
  sources: string;
  note?: string;
}

const MARGIN = 12;
const NARROW = 560;
/** Just above the largest count (68), so the tallest bar nearly fills the plot. */
const Y_MAX = 75;

export const HEADING = 'Russian regions with reported failures, 2025';
export const SUBHEADING =
  "Na Svyazi's count from crowd-sourced user reports, not network measurements";
/** One line each on a 320 × 568 phone's 251 px frame, so the bars keep their height. */
const SHORT_HEADING = 'Regions with failures, per Na Svyazi';
const SHORT_SUBHEADING = 'Crowd-sourced reports, not measurements';
/** Below this frame height the short heading and subheading are used. */
const SHORT = 280;

export function findState(id: string): RegionsState {
  const state = regionsStates.find((s) => s.id === id);
  if (!state) throw new Error(`regions: unknown state "${id}"`);
  return state;
}

export const serviceLabel = (r: RegionReport) =>
  r.services.length > 1
    ? 'WhatsApp and Telegram'
    : r.services[0] === 'whatsapp'
      ? 'WhatsApp'
      : 'Telegram';

const colorOf = (r: RegionReport) =>
  r.services.length > 1
    ? 'var(--color-other)'
    : r.services[0] === 'whatsapp'
      ? 'var(--color-whatsapp)'
      : 'var(--color-telegram)';

export const dateOf = (r: RegionReport) => r.dateLabel ?? formatDate(r.date, r.end);
export const countLabel = (r: RegionReport) => `${r.qualifier === 'at least' ? '≥' : ''}${r.count}`;

export function reportTip(r: RegionReport): Tip {
  const count = `${r.qualifier ? `${r.qualifier[0]!.toUpperCase()}${r.qualifier.slice(1)} ` : ''}${r.count}`;
  return {
    heading: `${dateOf(r)} · ${serviceLabel(r)}`,
    body: `${count} ${r.counts}. Crowd-sourced user reports counted by ${r.reporter}, not network measurements${r.note ? `. ${r.note.replace(/\.$/, '')}` : ''}`,
    source: `Counted by ${r.reporter}; reported by ${r.sources}`,
  };
}

/** The in-chart sentence for the reports in focus. */
export function focusText(reports: RegionReport[], state: RegionsState): string {
  return reports
    .filter((r) => state.focus.includes(r.id))
    .map(
      (r) =>
        `${dateOf(r)}: ${r.qualifier ? `${r.qualifier} ` : ''}${r.count} ${r.counts}.${r.aside ? ` ${r.aside}` : ''}`,
    )
    .join(' ');
}

const text = textMark;

export function layoutRegions(reports: RegionReport[], stateId: string, size: Size): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const fs = narrow ? 12 : 13;
  const lh = Math.round(fs * 1.3);
  const inner = width - 2 * MARGIN;
  const marks: Mark[] = [];

  const short = height < SHORT;
  let y0 = MARGIN;
  wrap(short ? SHORT_HEADING : HEADING, inner, fs + 1).forEach((line, i) => {
    marks.push(
      text(`heading-${i}`, line, {
        x: MARGIN,
        y: y0 + fs,
        'font-size': fs + 1,
        'font-weight': 700,
      }),
    );
    y0 += lh + 2;
  });
  wrap(short ? SHORT_SUBHEADING : SUBHEADING, inner, fs).forEach((line, i) => {
    marks.push(
      text(
        `subheading-${i}`,
        line,
        { x: MARGIN, y: y0 + fs, 'font-size': fs },
        'var(--color-muted)',
      ),
    );
    y0 += lh;
  });

  // Room for the longest focus sentence of any state, so the bars hold still between states.
  const noteWidth = Math.min(inner, 420);
  const noteLines = Math.max(
    ...regionsStates.map((s) => wrap(focusText(reports, s), noteWidth, fs).length),
  );
  wrap(focusText(reports, state), noteWidth, fs).forEach((line, i) =>
    marks.push(text(`note-${i}`, line, { x: MARGIN, y: y0 + 8 + fs + i * lh, 'font-size': fs })),
  );
  const plotTop = y0 + 8 + noteLines * lh + lh + 6;
  const plotBottom = height - MARGIN - 2 * lh - 4;
  const y = scaleLinear().domain([0, Y_MAX]).range([plotBottom, plotTop]);

  for (const v of [0, 25, 50, 75]) {
    marks.push({
      key: `grid-${v}`,
      tag: 'line',
      attrs: { x1: MARGIN, x2: width - MARGIN, y1: y(v), y2: y(v), opacity: 1 },
      style: { stroke: v === 0 ? 'var(--color-muted)' : 'var(--color-rule)', 'stroke-width': '1' },
    });
    if (v > 0)
      marks.push(
        text(
          `grid-label-${v}`,
          v === 75 ? '75 regions' : String(v),
          { x: MARGIN, y: y(v) - 4, 'font-size': 11 },
          'var(--color-muted)',
        ),
      );
  }

  // One slot per report; the first leaves room for the gridline labels.
  const ordered = [...reports].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const left = MARGIN + 24;
  const slot = (width - MARGIN - left) / ordered.length;
  const barWidth = Math.min(48, slot * 0.5);
  const shortDate = (r: RegionReport) => dateOf(r).replace(/ 2025$/, '');
  // Bold 11 px "WhatsApp" runs about 15% wider than the estimate: where it would touch its
  // neighbour, the bars' colours are named once in a key on that row instead of under each bar.
  const keyed = slot < textWidth('WhatsApp', 11) * 1.15 + 6;
  const serviceY = plotBottom + 2 * lh;
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
      tip: reportTip(r),
    });
    marks.push(
      text(`count-${r.id}`, countLabel(r), {
        x: cx,
        y: y(r.count) - 5,
        'font-size': fs + 1,
        'font-weight': 700,
        'text-anchor': 'middle',
      }),
    );
    marks.push(
      text(
        `date-${r.id}`,
        shortDate(r),
        { x: cx, y: plotBottom + lh, 'font-size': 11, 'text-anchor': 'middle' },
        'var(--color-muted)',
      ),
    );
    const service = r.services.length > 1 ? 'Both' : serviceLabel(r);
    if (!keyed)
      marks.push(
        text(
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

  if (keyed) {
    const shown = ordered.filter((r) => state.shown.includes(r.id));
    const kinds = [
      {
        key: 'whatsapp',
        label: 'WhatsApp',
        match: (r: RegionReport) => r.services.length === 1 && r.services[0] === 'whatsapp',
      },
      {
        key: 'telegram',
        label: 'Telegram',
        match: (r: RegionReport) => r.services.length === 1 && r.services[0] === 'telegram',
      },
      { key: 'both', label: 'Both', match: (r: RegionReport) => r.services.length > 1 },
    ];
    let kx = left;
    for (const kind of kinds) {
      const report = shown.find(kind.match);
      if (!report) continue;
      marks.push({
        key: `key-${kind.key}`,
        tag: 'rect',
        attrs: { x: kx, y: serviceY - 9, width: 10, height: 10, opacity: 1 },
        style: { fill: colorOf(report) },
      });
      marks.push(
        text(
          `key-${kind.key}-label`,
          kind.label,
          { x: kx + 14, y: serviceY, 'font-size': 11, 'font-weight': 700 },
          colorOf(report),
        ),
      );
      kx += 14 + textWidth(kind.label, 11) * 1.15 + 12;
    }
  }

  return {
    width,
    height,
    marks: [...marks].sort((a, b) => (a.tag === 'text' ? 1 : 0) - (b.tag === 'text' ? 1 : 0)),
  };
}
