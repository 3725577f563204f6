import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import type { Dataset } from '../../data/dataset';
import { layoutDns } from './layout';
import type { DnsData } from './data';
import { chartTitle, factWords, tableWords } from './words';
import type { FactId } from './words';
import { dnsStates } from './states';

/** The facts the diagram's tips carry (their words are in words.ts), each with the source ids that back it. */
const facts: { id: FactId; sourceIds: string[] }[] = [
  {
    id: 'nsdi',
    sourceIds: ['kommersant-2026-02-12-8422092', 'theinsider-en-289338', 'euronews-ru-2026-02-12'],
  },
  {
    id: 'erased',
    sourceIds: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'aa-2026-02-12-3828089',
      'tass-2026-02-12-2085917',
    ],
  },
  {
    id: 'outside',
    sourceIds: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'meduza-en-2025-09-01',
      'unn-2026-02-13-isw',
    ],
  },
  { id: 'interfere', sourceIds: ['voidly-ru-2026-0417'] },
];

export const dnsFacts = facts;

export const dns = defineChart<DnsData>({
  name: 'dns',
  title: chartTitle,
  states: dnsStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  select: (dataset: Dataset) => ({
    facts: facts.map(({ id, sourceIds }) => ({ id, sources: sourceNames(dataset, sourceIds) })),
    stateSources: Object.fromEntries(dnsStates.map((s) => [s.id, sourceNames(dataset, s.sources)])),
  }),
  layout: layoutDns,
  table: (data, locale = 'en') => ({
    caption: tableWords[locale].caption,
    columns: [...tableWords[locale].columns],
    rows: [
      ...dnsStates.map((s) => [s.title[locale], s.caption[locale], data.stateSources[s.id] ?? '']),
      ...data.facts.map((f) => [
        factWords[locale][f.id].heading,
        factWords[locale][f.id].body,
        f.sources,
      ]),
    ],
  }),
});
