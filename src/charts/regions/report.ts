/** One Na Svyazi report, and how the chart names, colours and explains it. */
import type { Tip } from '../scene';
import { formatDate } from '../../lib/dates';
import type { RegionsState } from './states';

export interface RegionReport {
  id: string;
  date: string;
  end?: string;
  dateLabel?: string;
  services: ('whatsapp' | 'telegram')[];
  count: number;
  qualifier?: 'at least';
  counts: string;
  aside?: string;
  reporter: string;
  sources: string;
  note?: string;
}

export const serviceLabel = (r: RegionReport) =>
  r.services.length > 1
    ? 'WhatsApp and Telegram'
    : r.services[0] === 'whatsapp'
      ? 'WhatsApp'
      : 'Telegram';

export const colorOf = (r: RegionReport) =>
  r.services.length > 1
    ? 'var(--color-other)'
    : r.services[0] === 'whatsapp'
      ? 'var(--color-whatsapp)'
      : 'var(--color-telegram)';

export const dateOf = (r: RegionReport) => r.dateLabel ?? formatDate(r.date, r.end);
export const countLabel = (r: RegionReport) => `${r.qualifier === 'at least' ? '≥' : ''}${r.count}`;

export function reportTip(r: RegionReport): Tip {
  const count = `${r.qualifier ? `${r.qualifier[0]!.toUpperCase()}${r.qualifier.slice(1)} ` : ''}${r.count}`;
  return {
    heading: `${dateOf(r)} · ${serviceLabel(r)}`,
    body: `${count} ${r.counts}. Crowd-sourced user reports counted by ${r.reporter}, not network measurements${r.note ? `. ${r.note.replace(/\.$/, '')}` : ''}`,
    source: `Counted by ${r.reporter}; reported by ${r.sources}`,
  };
}

/** The in-chart sentence for the reports in focus. */
export function focusText(reports: RegionReport[], state: RegionsState): string {
  return reports
    .filter((r) => state.focus.includes(r.id))
    .map(
      (r) =>
        `${dateOf(r)}: ${r.qualifier ? `${r.qualifier} ` : ''}${r.count} ${r.counts}.${r.aside ? ` ${r.aside}` : ''}`,
    )
    .join(' ');
}
