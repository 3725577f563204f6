/**
 * Timeline layout: (events, state, size) → scene. Events sit in three lanes by kind; the state
 * brings some forward with labels, moves the "now" cursor and may zoom the time window.
 */
import type { Mark, Scene, Size } from '../scene';
import { toDate } from '../../lib/dates';
import { AXIS_HEIGHT, DOT_ACTIVE, MARGIN, MIN_BAND, NARROW } from './frame';
import { findState, timelineScale } from './scale';
import { laneMarks, lanes } from './lanes';
import type { LaneId } from './lanes';
import { ROW, eventAnchor, eventMarks } from './events';
import type { TimelineEvent } from './events';
import { fitLabels, labelMarks, leaderMarks } from './labels';
import { axisMarks } from './axis';
import type { Locale } from '../../i18n/locale';

export function layoutTimeline(
  events: TimelineEvent[],
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const x = timelineScale(state, width);
  const [d0, d1] = x.domain() as [Date, Date];
  // Measurements are listed in the data table but drawn by the audience chart.
  const visible = events.filter(
    (e) => !e.measurement && eventAnchor(e) >= d0 && eventAnchor(e) <= d1,
  );
  const cursor = toDate(state.cursor);

  const labelRoom = height - AXIS_HEIGHT - 3 * MIN_BAND - 20;
  const highlighted = state.highlight
    .map((id) => visible.find((e) => e.id === id))
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  const fit = fitLabels(highlighted, x, width, narrow, labelRoom, locale);

  // Lanes sit on the axis at a steady height, so they hold still between states; the labels
  // stack just above them and push them down only when there is no other room.
  const lanesBottom = height - AXIS_HEIGHT;
  // In a tall frame (a desktop panel) the lanes take the lower three fifths whatever the state,
  // rather than a 216 px strip under an empty panel.
  const lanesTop = Math.max(
    Math.min(fit.labelsHeight + 20, lanesBottom - 3 * MIN_BAND),
    Math.min(lanesBottom - 3 * 72, height * 0.4),
  );
  const labels = labelMarks(fit, x, lanesTop - 12 - fit.labelsHeight);

  const band = (lanesBottom - lanesTop) / lanes.length;
  const laneY = (id: LaneId) => lanesTop + band * lanes.findIndex((l) => l.id === id) + 24;
  // Same-day events stack in rows under the dot line, as many as the band holds (at most three);
  // past that they share a row, and each keeps its own tip.
  const stackRows = Math.max(1, Math.min(3, Math.floor((band - 24 - DOT_ACTIVE) / ROW) + 1));

  const progress: Mark = {
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
  };
  // The "now" cursor.
  const cursorLine: Mark = {
    key: 'cursor',
    tag: 'line',
    attrs: { x1: x(cursor), x2: x(cursor), y1: lanesTop, y2: lanesBottom, opacity: 1 },
    style: { stroke: 'var(--color-ink)', 'stroke-width': '1.5', 'stroke-dasharray': '3 3' },
  };
  const dots = eventMarks(visible, {
    x,
    width,
    laneY,
    stackRows,
    cursor,
    locale,
    active: new Set(highlighted.map((e) => e.id)),
    highlighting: state.highlight.length > 0,
  });
  const marks = [
    ...labels.marks,
    progress,
    ...laneMarks(laneY, width, locale),
    ...axisMarks(x, lanesBottom, width, narrow, locale),
    cursorLine,
    ...dots,
    ...leaderMarks(labels.labelled, dots),
  ];

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
