/**
 * The sentence a state writes inside the chart, built from the data it describes so that the
 * words can never disagree with the dots.
 */
import { formatDate } from '../../lib/dates';
import { formatPeople } from './format';
import type { Locale } from '../../i18n/locale';
import { formatDecimal } from '../../i18n/numbers';
import { audienceWords } from './words';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const RU_MONTHS_IN = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
/** «августе 2025 г.», for «в …». */
const ruInMonth = (period: string) => {
  const [y, m] = period.split('-');
  return `${RU_MONTHS_IN[Number(m) - 1]} ${y} г.`;
};
import type { AudiencePoint } from './series';
import type { AudienceState } from './states';

export interface Note {
  text: string;
  /** Where there is empty room: above the highest dots, or low on the right. */
  at: 'top' | 'bottom';
}

const find = (rows: AudiencePoint[], service: string, period: string) =>
  rows.filter((r) => r.service === service && r.period === period);

export function noteFor(
  state: AudienceState,
  rows: AudiencePoint[],
  locale: Locale = 'en',
): Note | undefined {
  const words = audienceWords[locale].notes;
  const short = (p: AudiencePoint) => formatPeople(p.value, p.qualifier, true, locale);
  const date = (period: string) => formatDate(period, undefined, locale);
  // "in August 2025" in English; Russian puts a month in the prepositional: «в августе 2025 г.».
  const inMonth = (period: string) => (locale === 'ru' ? ruInMonth(period) : date(period));
  if (state.claim) {
    const measured = rows.find((r) => r.period === '2025-08' && r.service === 'whatsapp');
    if (measured)
      return {
        text: words.claim(short(measured), inMonth(measured.period)),
        at: 'bottom',
      };
  }
  if (state.id === 'monthly-whatsapp')
    return {
      text: words.gap,
      at: 'bottom',
    };
  if (state.id === 'crossover' && state.ring) {
    const [tg] = find(rows, 'telegram', state.ring);
    const [wa] = find(rows, 'whatsapp', state.ring);
    if (tg && wa && tg.value > wa.value)
      return {
        text: words.crossover(capital(date(state.ring)), short(tg), short(wa)),
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
        text: words.february(
          capital(date(state.ring)),
          short(wa),
          locale === 'ru'
            ? `${formatDecimal((earlier.value - wa.value) / 1e6, 1, 'ru')} млн`
            : `${((earlier.value - wa.value) / 1e6).toFixed(1)}M`,
          inMonth(earlier.period),
        ),
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
          text: words.twoFigures(capital(date(period)), same.map(short)),
          at: 'top',
        };
    }
  }
  return undefined;
}
