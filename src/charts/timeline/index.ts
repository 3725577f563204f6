import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import { layoutTimeline } from './layout';
import { lanes } from './lanes';
import type { LaneId } from './lanes';
import type { TimelineEvent } from './events';
import { timelineStates } from './states';

const laneOf = (category: string): LaneId =>
  category === 'restriction'
    ? 'restriction'
    : category === 'max' || category === 'law'
      ? 'max-law'
      : 'other';

export const timeline = defineChart<TimelineEvent[]>({
  name: 'timeline',
  title: 'Timeline of the blockade, August 2025 to February 2026, and the years before it',
  states: timelineStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  // Monthly audience measurements are drawn by the audience chart, not as events.
  select: (dataset) =>
    dataset.events
      .filter((e) => e.category !== 'measurement')
      .map((e) => ({
        id: e.id,
        date: e.date,
        ...(e.end ? { end: e.end } : {}),
        title: e.title,
        lane: laneOf(e.category),
        sources: sourceNames(dataset, e.sources),
      })),
  layout: layoutTimeline,
  table: (events) => ({
    caption: 'Every event on the timeline, with its sources',
    columns: ['Date', 'Event', 'Kind', 'Sources'],
    rows: events.map((e) => [
      formatDate(e.date, e.end),
      e.title,
      lanes.find((l) => l.id === e.lane)!.label,
      e.sources,
    ]),
  }),
});
