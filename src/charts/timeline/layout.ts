/**
 * Timeline layout: (events, state, size) → scene. Events sit in three lanes by kind; the state
 * brings some forward with labels, moves the "now" cursor and may zoom the time window.
 */
import { scaleUtc } from 'd3-scale';
import type { Mark, Scene, Size } from '../scene';
import { halo, textWidth, wrap } from '../text';
import { formatDate, monthLabel, periodEnd, toDate } from '../../lib/dates';
import { WINDOW, timelineStates } from './states';
import type { TimelineState } from './states';

export interface TimelineEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  lane: LaneId;
  sources: string;
}

export type LaneId = 'restriction' | 'max-law' | 'other';

export const lanes: { id: LaneId; label: string; color: string }[] = [
  { id: 'restriction', label: 'Restrictions and blocks', color: 'var(--color-restriction)' },
  { id: 'max-law', label: 'Max and the law', color: 'var(--color-max)' },
  { id: 'other', label: 'Statements and context', color: 'var(--color-statement)' },
];

export const NARROW = 560;
const MARGIN = 12;
const AXIS_HEIGHT = 28;
const DOT = 4.5;
const DOT_ACTIVE = 7;

export function findState(id: string): TimelineState {
  const state = timelineStates.find((s) => s.id === id);
  if (!state) throw new Error(`timeline: unknown state "${id}"`);
  return state;
}

export function timelineScale(state: TimelineState, width: number) {
  const [from, to] = state.domain ?? WINDOW;
  return scaleUtc()
    .domain([toDate(from), toDate(to)])
    .range([MARGIN, width - MARGIN]);
}

export function layoutTimeline(events: TimelineEvent[], stateId: string, size: Size): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const x = timelineScale(state, width);
  const [d0, d1] = x.domain() as [Date, Date];
  // An event shows when the place it is drawn falls in the window: a date known only to the
  // month or year sits mid-period, so "September 2025" is left out of a window ending 10 September.
  const anchor = (e: TimelineEvent) =>
    e.end || e.date.length === 10
      ? toDate(e.date)
      : new Date((toDate(e.date).getTime() + periodEnd(e.date).getTime()) / 2);
  const visible = events.filter((e) => anchor(e) >= d0 && anchor(e) <= d1);
  const cursor = toDate(state.cursor);
  const marks: Mark[] = [];

  // Labels for the highlighted events, stacked one per row so they can never overlap.
  // Labels shrink a size or two when a short frame would otherwise push the axis out of it.
  // A lane needs its name (12 px) and one row of dots under it (centre 24 px down, radius up to 7).
  const MIN_BAND = 32;
  const labelRoom = height - AXIS_HEIGHT - 3 * MIN_BAND - 20;
  const labelWidth = narrow ? width - 2 * MARGIN : Math.min(340, width * 0.46);
  const highlighted = state.highlight
    .map((id) => visible.find((e) => e.id === id))
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  // A label reads rightwards from its event, or leftwards where there is more room on that side.
  // Right-reading labels go first and left-reading ones latest first, so no leader line crosses
  // another label's text.
  const room = (e: TimelineEvent) => {
    const dotX = x(toDate(e.date));
    return { right: width - MARGIN - dotX - 6, left: dotX - 6 - MARGIN };
  };
  const readsRight = (e: TimelineEvent) => room(e).right >= Math.min(labelWidth, room(e).left);
  const ordered = [
    ...highlighted.filter(readsRight),
    ...highlighted.filter((e) => !readsRight(e)).reverse(),
  ];
  // Each label is its date line (bold, in the lane's colour) over the wrapped title. When even
  // 11 px labels do not fit, the date moves into the title's first line ("21 Aug 2025: …"), which
  // saves a line per label on the smallest phones.
  const fit = (size: number, inline = false) => {
    const line = Math.round(size * 1.3);
    const blocks = ordered.map((event) => {
      const right = readsRight(event);
      const space = Math.min(labelWidth, right ? room(event).right : room(event).left);
      const date = formatDate(event.date, event.end);
      const title = inline ? `${date}: ${event.title}` : event.title;
      return { event, right, date, lines: wrap(title, space, size) };
    });
    const total = blocks.reduce(
      (sum, b) => sum + (b.lines.length + (inline ? 0 : 1)) * line + 6,
      0,
    );
    return { fontSize: size, lineHeight: line, blocks, labelsHeight: total, inline };
  };
  const base = narrow ? 13 : 15;
  const sizes = [
    ...[base, base - 1, base - 2].filter((s) => s >= 11).map((s) => fit(s)),
    fit(12, true),
    fit(11, true),
  ];
  const { fontSize, lineHeight, blocks, labelsHeight, inline } =
    sizes.find((s) => s.labelsHeight <= labelRoom) ?? sizes.at(-1)!;
  // Dates are set two sizes smaller than the title, but never under 11 px.
  const dateSize = Math.max(11, fontSize - 2);

  // Lanes sit on the axis at a steady height, so they hold still between states; the labels
  // stack just above them and push them down only when there is no other room.
  const lanesBottom = height - AXIS_HEIGHT;
  const lanesTop = Math.max(
    Math.min(labelsHeight + 20, lanesBottom - 3 * MIN_BAND),
    lanesBottom - 3 * 72,
  );

  let y = lanesTop - 12 - labelsHeight;
  const labelled: { event: TimelineEvent; top: number }[] = [];
  for (const { event, right, date, lines } of blocks) {
    const top = y;
    const dotX = x(toDate(event.date));
    const anchor = right
      ? { x: dotX + 6, 'text-anchor': 'start' }
      : { x: dotX - 6, 'text-anchor': 'end' };
    const lane = lanes.find((l) => l.id === event.lane)!;
    marks.push({
      key: `label-date-${event.id}`,
      tag: 'text',
      attrs: {
        ...anchor,
        y: y + dateSize,
        'font-size': dateSize,
        'font-weight': 700,
        // Inline, the date is part of the title's first line and this mark stays empty.
        opacity: inline ? 0 : 1,
      },
      style: { fill: lane.color, 'font-family': 'var(--font-sans)', ...halo },
      text: inline ? '' : date,
    });
    if (!inline) y += lineHeight;
    lines.forEach((line, i) => {
      marks.push({
        key: `label-${event.id}-${i}`,
        tag: 'text',
        attrs: { ...anchor, y: y + fontSize - 2, 'font-size': fontSize, opacity: 1 },
        style: { fill: 'var(--color-ink)', 'font-family': 'var(--font-sans)', ...halo },
        text: line,
      });
      y += lineHeight;
    });
    labelled.push({ event, top });
    y += 6;
  }

  const band = (lanesBottom - lanesTop) / lanes.length;
  const laneY = (id: LaneId) => lanesTop + band * lanes.findIndex((l) => l.id === id) + 24;
  // Same-day events stack in rows under the dot line, as many as the band holds (at most three);
  // past that they share a row, and each keeps its own tip.
  const ROW = 2 * DOT + 3;
  const stackRows = Math.max(1, Math.min(3, Math.floor((band - 24 - DOT_ACTIVE) / ROW) + 1));

  marks.push({
    key: 'progress',
    tag: 'rect',
    attrs: {
      x: MARGIN,
      y: lanesTop,
      width: Math.max(0, x(cursor) - MARGIN),
      height: lanesBottom - lanesTop,
      opacity: 1,
    },
    style: { fill: 'var(--color-wash)' },
  });
  for (const lane of lanes) {
    const top = laneY(lane.id) - 24;
    marks.push({
      key: `lane-${lane.id}`,
      tag: 'line',
      attrs: { x1: MARGIN, x2: width - MARGIN, y1: top, y2: top, opacity: 1 },
      style: { stroke: 'var(--color-rule)', 'stroke-width': '1' },
    });
    marks.push({
      key: `lane-label-${lane.id}`,
      tag: 'text',
      attrs: { x: MARGIN, y: top + 12, 'font-size': 11, opacity: 1 },
      style: {
        fill: 'var(--color-muted)',
        'font-family': 'var(--font-sans)',
        'letter-spacing': '0.04em',
        ...halo,
      },
      text: lane.label.toUpperCase(),
    });
  }

  // Axis: years over the background's multi-year window, months at full width, days when
  // zoomed into a few weeks.
  const ticks = x.ticks(narrow ? 5 : 8);
  const yearsOnly = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  let lastLabelRight = -Infinity;
  ticks.forEach((tick, i) => {
    const isMonth = tick.getUTCDate() === 1;
    const withYear = isMonth && (tick.getUTCMonth() === 0 || i === 0);
    const label = yearsOnly
      ? String(tick.getUTCFullYear())
      : isMonth
        ? `${monthLabel(tick)}${withYear ? ` ${tick.getUTCFullYear()}` : ''}`
        : `${tick.getUTCDate()} ${monthLabel(tick)}`;
    const key = `tick-${tick.toISOString().slice(0, 10)}`;
    marks.push({
      key,
      tag: 'line',
      attrs: { x1: x(tick), x2: x(tick), y1: lanesBottom, y2: lanesBottom + 5, opacity: 1 },
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
        y: lanesBottom + 19,
        'font-size': 12,
        'text-anchor': 'middle',
        opacity: 1,
      },
      style: { fill: 'var(--color-muted)', 'font-family': 'var(--font-sans)' },
      text: label,
    });
  });

  // The "now" cursor.
  marks.push({
    key: 'cursor',
    tag: 'line',
    attrs: { x1: x(cursor), x2: x(cursor), y1: lanesTop, y2: lanesBottom, opacity: 1 },
    style: { stroke: 'var(--color-ink)', 'stroke-width': '1.5', 'stroke-dasharray': '3 3' },
  });

  // Events: dots for days, bars for months and ranges; stacked where they would collide.
  const active = new Set(highlighted.map((e) => e.id));
  const placed: { lane: LaneId; x: number; row: number }[] = [];
  for (const event of [...visible].sort((a, b) => a.date.localeCompare(b.date))) {
    const isActive = active.has(event.id);
    const start = x(toDate(event.date));
    let row = 0;
    while (
      placed.some((p) => p.lane === event.lane && p.row === row && Math.abs(p.x - start) < ROW)
    )
      row++;
    placed.push({ lane: event.lane, x: start, row });
    const cy = laneY(event.lane) + (row % stackRows) * ROW;
    const lane = lanes.find((l) => l.id === event.lane)!;
    const future = toDate(event.date) > cursor;
    const opacity = isActive ? 1 : state.highlight.length === 0 ? 0.9 : future ? 0.25 : 0.55;
    const tip = {
      heading: formatDate(event.date, event.end),
      body: event.title,
      source: event.sources,
    };
    // A range is a bar; a date known only to the month is a hollow dot at mid-month ("some time
    // in September"), never a bar that would read as lasting all month.
    if (event.end) {
      // A range running past the window stops at its edge.
      const end = Math.min(Math.max(start + 2 * DOT, x(periodEnd(event.end))), width - MARGIN);
      marks.push({
        key: `ev-${event.id}`,
        tag: 'rect',
        className: isActive ? 'mark is-active' : 'mark',
        attrs: { x: start, y: cy - DOT, width: end - start, height: 2 * DOT, rx: DOT, opacity },
        style: {
          fill: lane.color,
          stroke: isActive ? 'var(--color-ink)' : 'none',
          'stroke-width': '1.5',
        },
        tip,
      });
    } else {
      const approximate = event.date.length < 10;
      const cx = approximate ? (start + x(periodEnd(event.date))) / 2 : start;
      marks.push({
        key: `ev-${event.id}`,
        tag: 'circle',
        className: isActive ? 'mark is-active' : 'mark',
        attrs: { cx, cy, r: isActive ? DOT_ACTIVE : DOT, opacity },
        style: {
          fill: approximate ? 'var(--color-paper)' : lane.color,
          stroke: isActive ? 'var(--color-ink)' : approximate ? lane.color : 'var(--color-paper)',
          'stroke-width': approximate ? '2' : '1.5',
        },
        tip,
      });
    }
  }

  // Leaders from each label down to its event; the labels' halos cover them where they cross.
  for (const { event, top } of labelled) {
    const mark = marks.find((m) => m.key === `ev-${event.id}`)!;
    const mx = Number(mark.attrs['cx'] ?? mark.attrs['x']);
    const my = Number(mark.attrs['cy'] ?? Number(mark.attrs['y']) + DOT);
    marks.push({
      key: `leader-${event.id}`,
      tag: 'line',
      attrs: { x1: mx, x2: mx, y1: top + 4, y2: my - DOT_ACTIVE - 1, opacity: 1 },
      style: { stroke: 'var(--color-ink)', 'stroke-width': '1' },
    });
  }

  // Paint order: background, leaders, lane names (their halos break the leaders that cross
  // them), events, labels on top.
  const rank = (m: Mark) =>
    m.key.startsWith('label-')
      ? 3
      : m.key.startsWith('ev-')
        ? 2
        : m.key.startsWith('lane-label-')
          ? 1.5
          : m.key.startsWith('leader-')
            ? 1
            : 0;
  return { width, height, marks: marks.sort((a, b) => rank(a) - rank(b)) };
}
