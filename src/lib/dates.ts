/** Dates in the data are partial ISO strings: "2025", "2025-08" or "2025-08-13". */
import type { Locale } from '../i18n/locale';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Midnight UTC at the start of the period. */
export function toDate(partial: string): Date {
  const [y, m = '01', d = '01'] = partial.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The first instant after the period: the end of a month-precision bar, say. */
export function periodEnd(partial: string): Date {
  const start = toDate(partial);
  if (partial.length === 4) return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (partial.length === 7)
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + 86_400_000);
}

/** "13 Aug 2025", "Aug 2025" or "2018"; a range reads "30–31 Oct 2025". */
function formatEnglishDate(partial: string, end?: string): string {
  const [y, m, d] = partial.split('-');
  const one = [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y]
    .filter(Boolean)
    .join(' ');
  if (!end) return one;
  const [ey, em, ed] = end.split('-');
  if (d && ed && ey === y && em === m)
    return `${Number(d)}–${Number(ed)} ${MONTHS[Number(m) - 1]} ${y}`;
  return `${one} – ${formatEnglishDate(end)}`;
}

/**
 * A Russian date formatter (in UTC), made on first use: making one loads the locale's data
 * (160 ms on a slowed phone), which an English page never needs.
 */
export function ruDateFormat(options: Intl.DateTimeFormatOptions): { format(date: Date): string } {
  let made: Intl.DateTimeFormat | undefined;
  return {
    format: (date) =>
      (made ??= new Intl.DateTimeFormat('ru-RU', { timeZone: 'UTC', ...options })).format(date),
  };
}
const RU_DAY_MONTH = ruDateFormat({ day: 'numeric', month: 'long' });
const RU_MONTH_YEAR = ruDateFormat({ month: 'long', year: 'numeric' });
const RU_MONTH_SHORT = ruDateFormat({ month: 'short' });

/** "13 августа 2025 г.", "август 2025 г." or "2018 г."; a range reads "30–31 октября 2025 г.". */
function formatRussianDate(partial: string, end?: string): string {
  const [y, m, d] = partial.split('-');
  const date = toDate(partial);
  if (!m) return `${y} г.`;
  if (!d) return RU_MONTH_YEAR.format(date);
  const one = `${RU_DAY_MONTH.format(date)} ${y} г.`;
  if (!end) return one;
  const [ey, em, ed] = end.split('-');
  if (ed && ey === y && em === m) return `${Number(d)}–${RU_DAY_MONTH.format(toDate(end))} ${y} г.`;
  return `${one} – ${formatRussianDate(end)}`;
}

/** A data date as the edition writes it; a range shares what its two ends share. */
export const formatDate = (partial: string, end?: string, locale: Locale = 'en'): string =>
  locale === 'ru' ? formatRussianDate(partial, end) : formatEnglishDate(partial, end);

/** An axis label: "Aug" / "A" in English, "авг." / "А" in Russian. */
export function monthLabel(date: Date, short = false, locale: Locale = 'en'): string {
  const name = locale === 'ru' ? RU_MONTH_SHORT.format(date) : MONTHS[date.getUTCMonth()]!;
  return short ? name.charAt(0).toUpperCase() : name;
}

/** A source's date as a citation writes it; a page that shows none reads "n.d." (or `none`). */
export const formatSourceDate = (date: string, none = 'n.d.', locale: Locale = 'en') =>
  date === 'n.d.' ? none : formatDate(date, undefined, locale);
