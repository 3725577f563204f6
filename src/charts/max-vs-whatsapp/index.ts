import { defineChart } from '../types';
import { confidenceNames } from '../confidenceNames';
import { sourceNames } from '../sourceNames';
import { layoutCompare } from './layout';
import { statusWords } from './status';
import type { CompareRow } from './rows';
import { compareStates, groupTitles } from './states';

export const maxVsWhatsapp = defineChart<CompareRow[]>({
  name: 'max-vs-whatsapp',
  title: 'Max and WhatsApp compared: functions, encryption and data',
  states: compareStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  select: (dataset) =>
    dataset.features.map((f) => ({
      id: f.id,
      feature: f.feature,
      group: f.group,
      max: f.max,
      whatsapp: f.whatsapp,
      ...(f.claim ? { claim: f.claim } : {}),
      ...(f.dispute ? { dispute: f.dispute } : {}),
      sources: sourceNames(dataset, f.sources),
      confidence: f.confidence,
    })),
  layout: layoutCompare,
  table: (rows) => ({
    caption: 'Every comparison row, with what is claimed and disputed, and its sources',
    columns: ['Group', 'Feature', 'Max', 'WhatsApp', 'Claimed / disputed', 'Sources'],
    rows: rows.map((r) => [
      groupTitles[r.group],
      r.feature,
      `${statusWords[r.max.status]}: ${r.max.text}`,
      `${statusWords[r.whatsapp.status]}: ${r.whatsapp.text}`,
      // The dispute is set apart and labelled, as on the timeline.
      r.claim || r.dispute
        ? {
            ...(r.claim ? { detail: `Claim: ${r.claim}` } : {}),
            ...(r.dispute ? { dispute: r.dispute } : {}),
          }
        : '—',
      `${r.sources} · ${confidenceNames[r.confidence] ?? r.confidence}`,
    ]),
  }),
});
