/**
 * The audience chart's data shape and the rules for drawing it honestly: which rows a state
 * draws, and which consecutive measured months a line may join (never across a gap).
 */
import type { Locale } from '../../i18n/locale';
import { audienceWords } from './words';
import { formatDate } from '../../lib/dates';
import { formatPeople } from './format';
import type { AudienceService, AudienceState } from './states';
import type { Tip } from '../scene';

export interface AudiencePoint {
  id: string;
  service: AudienceService;
  measure: 'monthly-reach' | 'daily-reach' | 'claimed-users' | 'registered-users';
  /** "2025-08" (a month) or "2025-08-13" (a day). */
  period: string;
  value: number;
  qualifier?: 'over' | 'about';
  /** The claimant's own word ("users", "audience") where it is not the measure's name. */
  term?: string;
  /** Who measured or stated the figure. */
  by: string;
  /** The publishers that reported it, as a tip names them. */
  sources: string;
  note?: string;
}

export const serviceNames: Record<AudienceService, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  max: 'Max',
};

export const measureNames: Record<AudiencePoint['measure'], string> = {
  'monthly-reach': 'Monthly reach',
  'daily-reach': 'Daily reach',
  'claimed-users': 'Claimed users, not measured',
  'registered-users': 'Registered users, self-reported',
};

/** The rows a state draws as dots in its main (reach) panel. */
export function reachRows(points: AudiencePoint[], state: AudienceState): AudiencePoint[] {
  const measure = state.measure === 'daily-reach' ? 'daily-reach' : 'monthly-reach';
  const services: AudienceService[] = state.measure === 'registered' ? ['max'] : state.services;
  return points.filter((p) => p.measure === measure && services.includes(p.service));
}

export const registeredRows = (points: AudiencePoint[]) =>
  points.filter((p) => p.measure === 'registered-users');

export const claimRows = (points: AudiencePoint[]) =>
  points.filter((p) => p.measure === 'claimed-users');

const nextMonth = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Pairs of rows a line may join: the same service and measure, both whole months, one month
 * apart, and each the only figure for its month (two disagreeing figures get no line).
 */
export function segments(rows: AudiencePoint[]): [AudiencePoint, AudiencePoint][] {
  const monthly = rows.filter((r) => r.period.length === 7);
  const only = (service: string, period: string) => {
    const same = monthly.filter((r) => r.service === service && r.period === period);
    return same.length === 1 ? same[0] : undefined;
  };
  const pairs: [AudiencePoint, AudiencePoint][] = [];
  for (const a of monthly) {
    if (only(a.service, a.period) !== a) continue;
    const b = only(a.service, nextMonth(a.period));
    if (b && b.measure === a.measure) pairs.push([a, b]);
  }
  return pairs;
}

/** The claimant's own word, quoted the edition's way. */
export const termOf = (term: string, locale: Locale) =>
  locale === 'ru' ? ` («${term}»)` : ` ("${term}")`;

export function pointTip(p: AudiencePoint, locale: Locale = 'en'): Tip {
  const words = audienceWords[locale];
  const value = formatPeople(p.value, p.qualifier, false, locale);
  const measured = p.measure === 'monthly-reach' || p.measure === 'daily-reach';
  const verb = measured ? words.verbs.measured : words.verbs.stated;
  return {
    heading: `${formatDate(p.period, undefined, locale)} · ${serviceNames[p.service]}`,
    body: `${words.measures[p.measure]}${p.term ? termOf(p.term, locale) : ''}: ${value}${p.note ? `. ${p.note.replace(/\.$/, '')}` : ''}`,
    source: `${verb} ${words.reported(p.by, p.sources)}`,
  };
}
