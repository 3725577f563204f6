/**
 * The sentence a state writes inside the chart, built from the data it describes so that the
 * words can never disagree with the dots.
 */
import { formatDate } from '../../lib/dates';
import { formatPeople } from './format';
import type { AudiencePoint } from './series';
import type { AudienceState } from './states';

export interface Note {
  text: string;
  /** Where there is empty room: above the highest dots, or low on the right. */
  at: 'top' | 'bottom';
}

const find = (rows: AudiencePoint[], service: string, period: string) =>
  rows.filter((r) => r.service === service && r.period === period);

const short = (p: AudiencePoint) => formatPeople(p.value, p.qualifier, true);

export function noteFor(state: AudienceState, rows: AudiencePoint[]): Note | undefined {
  if (state.claim) {
    const measured = rows.find((r) => r.period === '2025-08' && r.service === 'whatsapp');
    if (measured)
      return {
        text: `The claim is WhatsApp's own figure. Mediascope measured ${short(measured)} people using WhatsApp at least once in ${formatDate(measured.period)}.`,
        at: 'bottom',
      };
  }
  if (state.id === 'monthly-whatsapp')
    return {
      text: 'A break in a line is a month with no published Mediascope figure, not a fall.',
      at: 'bottom',
    };
  if (state.id === 'crossover' && state.ring) {
    const [tg] = find(rows, 'telegram', state.ring);
    const [wa] = find(rows, 'whatsapp', state.ring);
    if (tg && wa && tg.value > wa.value)
      return {
        text: `${formatDate(state.ring)}: Telegram ${short(tg)}, WhatsApp ${short(wa)}. Telegram reaches more people than WhatsApp for the first time in these figures.`,
        at: 'bottom',
      };
  }
  if (state.id === 'february' && state.ring) {
    const [wa] = find(rows, 'whatsapp', state.ring);
    const earlier = rows
      .filter((r) => r.service === 'whatsapp' && r.period < state.ring! && r.period.length === 7)
      .sort((a, b) => b.period.localeCompare(a.period))[0];
    if (wa && earlier)
      return {
        text: `${formatDate(state.ring)}: WhatsApp ${short(wa)}, down ${((earlier.value - wa.value) / 1e6).toFixed(1)}M from ${formatDate(earlier.period)}.`,
        at: 'bottom',
      };
  }
  if (state.measure === 'daily-reach') {
    const months = [...new Set(rows.map((r) => `${r.service}|${r.period}`))];
    for (const key of months) {
      const [service, period] = key.split('|') as [string, string];
      const same = find(rows, service, period);
      if (same.length > 1)
        return {
          text: `${formatDate(period)}, Max: two Mediascope figures, ${same
            .map(short)
            .join(' and ')}, reported by different outlets.`,
          at: 'top',
        };
    }
  }
  return undefined;
}
