import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import type { Localized } from '../../i18n/locale';
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

const TABLE: Localized<{ caption: string; columns: string[]; measurement: string }> = {
  en: {
    caption: 'Every event on the timeline: what happened, where sources disagree, and the sources',
    columns: ['Date', 'Event', 'Kind', 'Sources and confidence'],
    measurement: 'Measurement (drawn on the audience chart)',
  },
  ru: {
    caption: 'Все события хроники: что произошло, в чем расходятся источники и сами источники',
    columns: ['Дата', 'Событие', 'Тип', 'Источники и надежность'],
    measurement: 'Измерение (показано на графике аудитории)',
  },
};

export const timeline = defineChart<TimelineEvent[]>({
  name: 'timeline',
  title: {
    en: 'Timeline of the blockade, August 2025 to February 2026, and the years before it',
    ru: 'Хроника блокировки: август 2025 — февраль 2026 года и годы до этого',
  },
  states: timelineStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  // Published measurements are drawn by the audience chart, not as marks here, but their account
  // and any dispute are still in this chart's table.
  select: (dataset) =>
    dataset.events.map((e) => ({
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
      ...(e.category === 'measurement' ? { measurement: true as const } : {}),
    })),
  layout: layoutTimeline,
  // The same words as each mark's tip (eventTip.ts): what happened, any dispute, the sources.
  // Each event's title, account, dispute and source line are written once on the page, in the
  // data table; the live chart reads them back from there (pageText.ts), not from a second copy.
  // Measurements are not drawn here, so the live chart needs none of them.
  shipped: (events) =>
    events
      .filter((e) => !e.measurement)
      .map(
        ({
          title: _t,
          description: _d,
          disputed: _x,
          sources: _s,
          confidence: _c,
          wire: _w,
          ...e
        }) => e,
      ),
  table: (events, locale = 'en') => ({
    rowIds: events.map((e) => e.id),
    caption: TABLE[locale].caption,
    columns: TABLE[locale].columns,
    rows: events.map((e) => [
      formatDate(e.date, e.end, locale),
      {
        text: e.title,
        ...(e.description ? { detail: e.description } : {}),
        ...(e.disputed ? { dispute: e.disputed } : {}),
      },
      e.measurement ? TABLE[locale].measurement : lanes.find((l) => l.id === e.lane)!.label[locale],
      eventSourceLine(e, locale),
    ]),
  }),
});
