/** One Na Svyazi report, and how the chart names, colours and explains it. */
import type { Tip } from '../scene';
import { formatDate, ruDateFormat } from '../../lib/dates';
import type { RegionsState } from './states';
import type { Locale } from '../../i18n/locale';
import { regionWords } from './words';

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

export const serviceLabel = (r: RegionReport, locale: Locale = 'en') =>
  r.services.length > 1
    ? regionWords[locale].bothLong
    : r.services[0] === 'whatsapp'
      ? 'WhatsApp'
      : 'Telegram';

export const colorOf = (r: RegionReport) =>
  r.services.length > 1
    ? 'var(--color-other)'
    : r.services[0] === 'whatsapp'
      ? 'var(--color-whatsapp)'
      : 'var(--color-telegram)';

export const dateOf = (r: RegionReport, locale: Locale = 'en') =>
  r.dateLabel ?? formatDate(r.date, r.end, locale);

const RU_SHORT = ruDateFormat({ month: 'short' });
/** Under a bar: the date without its year ("11–12 Aug", "11–12 авг."). */
export function barDate(r: RegionReport, locale: Locale = 'en'): string {
  if (locale === 'en') return dateOf(r).replace(/ 2025$/, '');
  if (r.dateLabel) return r.dateLabel.replace(/ 2025( г\.)?$/, '');
  const [, , d] = r.date.split('-');
  const month = RU_SHORT.format(new Date(`${r.date}T00:00:00Z`));
  const endDay = r.end?.split('-')[2];
  return d ? `${Number(d)}${endDay ? `–${Number(endDay)}` : ''} ${month}` : month;
}
export const countLabel = (r: RegionReport) => `${r.qualifier === 'at least' ? '≥' : ''}${r.count}`;

export function reportTip(r: RegionReport, locale: Locale = 'en'): Tip {
  const words = regionWords[locale];
  const count = `${r.qualifier ? `${words.atLeast} ` : ''}${r.count}`;
  // In Russian the count reads as a phrase of its own: «Не менее 27 — регионы со сбоями…».
  const what = locale === 'ru' ? `${count}: ${r.counts}` : `${count} ${r.counts}`;
  return {
    heading: `${dateOf(r, locale)} · ${serviceLabel(r, locale)}`,
    body: `${what}. ${words.crowd(r.reporter)}${r.note ? `. ${r.note.replace(/\.$/, '')}` : ''}`,
    source: words.source(r.reporter, r.sources),
  };
}

/** The in-chart sentence for the reports in focus. */
export function focusText(
  reports: RegionReport[],
  state: RegionsState,
  locale: Locale = 'en',
): string {
  const atLeast = locale === 'ru' ? 'не менее' : 'at least';
  return reports
    .filter((r) => state.focus.includes(r.id))
    .map((r) => {
      const count = `${r.qualifier ? `${atLeast} ` : ''}${r.count}`;
      const what = locale === 'ru' ? `${r.counts} — ${count}` : `${count} ${r.counts}`;
      return `${dateOf(r, locale)}: ${what}.${r.aside ? ` ${r.aside}` : ''}`;
    })
    .join(' ');
}
