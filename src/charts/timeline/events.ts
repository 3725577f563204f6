/**
 * The timeline's events and their marks: dots for days, bars for ranges, hollow dots for dates
 * known only to the month; same-day events stack in rows where they would collide.
 */
import type { ScaleTime } from 'd3-scale';
import type { Mark } from '../scene';
import { periodEnd, toDate } from '../../lib/dates';
import { eventTip } from './eventTip';
import type { Locale } from '../../i18n/locale';
import { DOT, DOT_ACTIVE, MARGIN } from './frame';
import { laneOf } from './lanes';
import type { LaneId } from './lanes';

export interface TimelineEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  lane: LaneId;
  /** Publisher names, as a tip names them. */
  sources: string;
  /** What happened, with who said so: shown in the mark's tip and the data table. */
  description?: string;
  /** Where sources disagree: shown, marked as a dispute, in the tip and the table. */
  disputed?: string;
  confidence?: string;
  /** The one wire agency every report repeats, if they all do. */
  wire?: string;
  /** A published measurement: in the data table, drawn by the audience chart instead. */
  measurement?: true;
}

/** Rows in a stack of same-day events sit this far apart. */
export const ROW = 2 * DOT + 3;

/**
 * Where an event is drawn in time: a date known only to the month or year sits mid-period, so
 * "September 2025" is left out of a window ending 10 September.
 */
export const eventAnchor = (e: TimelineEvent) =>
  e.end || e.date.length === 10
    ? toDate(e.date)
    : new Date((toDate(e.date).getTime() + periodEnd(e.date).getTime()) / 2);

export interface EventFrame {
  x: ScaleTime<number, number>;
  width: number;
  laneY: (id: LaneId) => number;
  /** How many rows of same-day events a lane holds; past that they share a row. */
  stackRows: number;
  cursor: Date;
  /** Ids of the events the state brings forward. */
  active: Set<string>;
  /** The edition tips are worded in. */
  locale: Locale;
  /** Whether the state highlights anything (if not, every event shows at near full strength). */
  highlighting: boolean;
}

export function eventMarks(visible: TimelineEvent[], frame: EventFrame): Mark[] {
  const { x, width, laneY, stackRows, cursor, active, highlighting, locale } = frame;
  const marks: Mark[] = [];
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
    const lane = laneOf(event.lane);
    const future = toDate(event.date) > cursor;
    const opacity = isActive ? 1 : !highlighting ? 0.9 : future ? 0.25 : 0.55;
    const tip = eventTip(event, locale);
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
  return marks;
}
