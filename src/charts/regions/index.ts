import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { layoutRegions } from './layout';
import { countLabel, dateOf, serviceLabel } from './report';
import type { RegionReport } from './report';
import { regionsStates } from './states';

export const regions = defineChart<RegionReport[]>({
  name: 'regions',
  title:
    'Regions where WhatsApp or Telegram failures were reported, as counted by Na Svyazi from crowd-sourced reports (not network measurements)',
  states: regionsStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  select: (dataset) =>
    dataset.regions.map((r) => ({
      id: r.id,
      date: r.date,
      ...(r.end ? { end: r.end } : {}),
      ...(r.dateLabel ? { dateLabel: r.dateLabel } : {}),
      services: r.services,
      count: r.count,
      ...(r.qualifier ? { qualifier: r.qualifier } : {}),
      counts: r.counts,
      ...(r.aside ? { aside: r.aside } : {}),
      reporter: r.reporter,
      sources: sourceNames(dataset, r.sources),
      ...(r.note ? { note: r.note } : {}),
    })),
  layout: layoutRegions,
  table: (reports) => ({
    caption: 'Every regional count on the chart: crowd-sourced reports counted by Na Svyazi',
    columns: ['Date', 'Service', 'Regions', 'What it counts', 'Counted by', 'Sources'],
    rows: reports.map((r) => [
      dateOf(r),
      serviceLabel(r),
      countLabel(r),
      r.counts,
      r.reporter,
      r.sources,
    ]),
  }),
});
