import { defineChart } from '../types';
import { confidenceName } from '../confidenceNames';
import { sourceNames } from '../sourceNames';
import { layoutCompare } from './layout';
import { chartTitle, claimWords, groupTitles, statusWords, tableWords } from './words';
import type { CompareRow } from './rows';
import { compareStates } from './states';

export const maxVsWhatsapp = defineChart<CompareRow[]>({
  name: 'max-vs-whatsapp',
  title: chartTitle,
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
  table: (rows, locale = 'en') => ({
    caption: tableWords[locale].caption,
    columns: [...tableWords[locale].columns],
    rows: rows.map((r) => [
      groupTitles[locale][r.group],
      r.feature,
      `${statusWords[locale][r.max.status]}: ${r.max.text}`,
      `${statusWords[locale][r.whatsapp.status]}: ${r.whatsapp.text}`,
      // The dispute is set apart and labelled, as on the timeline.
      r.claim || r.dispute
        ? {
            ...(r.claim ? { detail: `${claimWords[locale].claim} ${r.claim}` } : {}),
            ...(r.dispute ? { dispute: r.dispute } : {}),
          }
        : '—',
      `${r.sources} · ${confidenceName(r.confidence, locale)}`,
    ]),
  }),
});
