import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { layoutRegions } from './layout';
import { countLabel, dateOf, serviceLabel } from './report';
import type { RegionReport } from './report';
import { regionsStates } from './states';
import { regionWords } from './words';

export const regions = defineChart<RegionReport[]>({
  name: 'regions',
  title: { en: regionWords.en.title, ru: regionWords.ru.title },
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
  table: (reports, locale = 'en') => ({
    caption: regionWords[locale].caption,
    columns: regionWords[locale].columns,
    rows: reports.map((r) => [
      dateOf(r, locale),
      serviceLabel(r, locale),
      countLabel(r),
      r.counts,
      r.reporter,
      r.sources,
    ]),
  }),
});
