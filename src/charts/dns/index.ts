import { defineChart } from '../types';
import { sourceNames } from '../sourceNames';
import type { Dataset } from '../../data/dataset';
import { layoutDns } from './layout';
import type { DnsData, DnsFact } from './data';
import { dnsStates } from './states';

/** The facts the diagram's tips carry, each with the source ids that back it. */
const facts: (Omit<DnsFact, 'sources'> & { sourceIds: string[] })[] = [
  {
    id: 'nsdi',
    heading: 'National domain name system (NSDI)',
    body: 'On 11 Feb 2026 whatsapp.com and web.whatsapp.com vanished from it; Na Svyazi checked 50 resources and found 13 removed, among them YouTube, Facebook and Instagram',
    sourceIds: ['kommersant-2026-02-12-8422092', 'theinsider-en-289338', 'euronews-ru-2026-02-12'],
  },
  {
    id: 'erased',
    heading: 'No entry for whatsapp.com (11 Feb 2026)',
    body: 'whatsapp.com and web.whatsapp.com were removed, so Russian resolvers stopped returning WhatsApp’s addresses; wa.me and whatsapp.net were reportedly still listed. The Kremlin confirmed the block on 12 Feb',
    sourceIds: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'aa-2026-02-12-3828089',
      'tass-2026-02-12-2085917',
    ],
  },
  {
    id: 'outside',
    heading: 'A VPN or a resolver outside Russia',
    body: 'After 11 Feb, WhatsApp was reachable only through a VPN or outside DNS. Advertising VPNs has been fined since 1 Sep 2025, and ISW’s report of 13 Feb 2026 listed Windscribe VPN and Tor among blocked services',
    sourceIds: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'meduza-en-2025-09-01',
      'unn-2026-02-13-isw',
    ],
  },
  {
    id: 'interfere',
    heading: 'Other blocking methods',
    body: 'DNS is not the only lever: in April 2026 Censored Planet probes found HTTPS blocking of whatsapp.com, 120 of 171 probes blocked (70.2%), as compiled by Voidly',
    sourceIds: ['voidly-ru-2026-0417'],
  },
];

export const dnsFacts = facts;

export const dns = defineChart<DnsData>({
  name: 'dns',
  title: 'How the national DNS block works, and the way around it',
  states: dnsStates.map(({ id, label }) => ({ id, label })),
  staticSize: { width: 720, height: 480 },
  select: (dataset: Dataset) => ({
    facts: facts.map(({ sourceIds, ...f }) => ({ ...f, sources: sourceNames(dataset, sourceIds) })),
    stateSources: Object.fromEntries(dnsStates.map((s) => [s.id, sourceNames(dataset, s.sources)])),
  }),
  layout: layoutDns,
  table: (data) => ({
    caption: 'The steps of the diagram and the facts behind them, with sources',
    columns: ['Step', 'What happens', 'Sources'],
    rows: [
      ...dnsStates.map((s) => [s.title, s.caption, data.stateSources[s.id] ?? '']),
      ...data.facts.map((f) => [f.heading, f.body, f.sources]),
    ],
  }),
});
