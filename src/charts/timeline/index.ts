import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import { layoutTimeline } from './layout';
import { lanes } from './lanes';
import type { LaneId } from './lanes';
import type { TimelineEvent } from './events';
import { timelineStates } from './states';
import { eventSourceLine } from './eventTip';

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
        description: e.description,
        ...(e.disputed ? { disputed: e.disputed } : {}),
        confidence: e.confidence,
        ...(e.wire ? { wire: e.wire } : {}),
      })),
  layout: layoutTimeline,
  // The same words as each mark's tip (eventTip.ts): what happened, any dispute, the sources.
  table: (events) => ({
    caption: 'Every event on the timeline: what happened, where sources disagree, and the sources',
    columns: ['Date', 'Event', 'Kind', 'Sources and confidence'],
    rows: events.map((e) => [
      formatDate(e.date, e.end),
      {
        text: e.title,
        ...(e.description ? { detail: e.description } : {}),
        ...(e.disputed ? { dispute: e.disputed } : {}),
      },
      lanes.find((l) => l.id === e.lane)!.label,
      eventSourceLine(e),
    ]),
  }),
});
