import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import { formatDate } from '../../lib/dates';
import { layoutWhatWorks } from './layout';
import {
  capabilityLabels,
  capabilityOrder,
  serviceLabels,
  serviceOrder,
  statusLabels,
} from './grid';
import type { WorksRow } from './grid';
import { worksStates } from './states';
import { confidenceNames } from '../confidenceNames';

const order = (row: WorksRow) =>
  serviceOrder.indexOf(row.service) * 10 + capabilityOrder.indexOf(row.capability);

export const whatWorks = defineChart<WorksRow[]>({
  name: 'what-works',
  title: 'What still worked in Russia, service by service, August 2025 to February 2026',
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
      sources: `${sourceNames(dataset, s.sources)} · ${confidenceNames[s.confidence] ?? s.confidence}`,
      confidence: s.confidence,
    })),
  layout: layoutWhatWorks,
  // Notes and source lines are written once on the page, in the data table (pageText.ts).
  shipped: (rows) => rows.map(({ note: _n, sources: _s, ...r }) => r),
  table: (rows) => {
    const sorted = [...rows].sort((a, b) => order(a) - order(b) || a.from.localeCompare(b.from));
    return {
      rowIds: sorted.map((r) => r.id),
      caption:
        'Every status change in the grid, with its sources (a cell with no row here is unknown)',
      columns: ['Service', 'Capability', 'From', 'Status', 'What happened', 'Sources'],
      rows: sorted.map((r) => [
        serviceLabels[r.service]!,
        capabilityLabels[r.capability]!.long,
        formatDate(r.from),
        statusLabels[r.status],
        { detail: r.note },
        r.sources,
      ]),
    };
  },
});
