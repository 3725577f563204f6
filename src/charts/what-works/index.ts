import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import { layoutWhatWorks } from './layout';
import { capabilityOrder, serviceLabels, serviceOrder } from './grid';
import { capabilityWords, chartTitle, statusWords, tableWords } from './words';
import type { WorksRow } from './grid';
import { worksStates } from './states';
import { confidenceName } from '../confidenceNames';

const order = (row: WorksRow) =>
  serviceOrder.indexOf(row.service) * 10 + capabilityOrder.indexOf(row.capability);

export const whatWorks = defineChart<WorksRow[]>({
  name: 'what-works',
  title: chartTitle,
  states: worksStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  select: (dataset) =>
    dataset.status.map((s) => ({
      id: s.id,
      service: s.service,
      capability: s.capability,
      from: s.from,
      status: s.status,
      note: s.note,
      // The tip and the table say how far the label trusts the row, not only who reported it.
      sources: `${sourceNames(dataset, s.sources)} · ${confidenceName(s.confidence, dataset.locale)}`,
      confidence: s.confidence,
    })),
  layout: layoutWhatWorks,
  // Notes and source lines are written once on the page, in the data table (pageText.ts).
  shipped: (rows) => rows.map(({ note: _n, sources: _s, ...r }) => r),
  table: (rows, locale = 'en') => {
    const sorted = [...rows].sort((a, b) => order(a) - order(b) || a.from.localeCompare(b.from));
    return {
      rowIds: sorted.map((r) => r.id),
      caption: tableWords[locale].caption,
      columns: [...tableWords[locale].columns],
      rows: sorted.map((r) => [
        serviceLabels[r.service]!,
        capabilityWords[locale][r.capability]!.long,
        formatDate(r.from, undefined, locale),
        statusWords[locale][r.status],
        { detail: r.note },
        r.sources,
      ]),
    };
  },
});
