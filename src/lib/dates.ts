/** Dates in the data are partial ISO strings: "2025", "2025-08" or "2025-08-13". */
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
export function formatDate(partial: string, end?: string): string {
  const [y, m, d] = partial.split('-');
  const one = [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y]
    .filter(Boolean)
    .join(' ');
  if (!end) return one;
  const [ey, em, ed] = end.split('-');
  if (d && ed && ey === y && em === m)
    return `${Number(d)}–${Number(ed)} ${MONTHS[Number(m) - 1]} ${y}`;
  return `${one} – ${formatDate(end)}`;
}

export const monthLabel = (date: Date, short = false) =>
  short ? MONTHS[date.getUTCMonth()]!.charAt(0) : MONTHS[date.getUTCMonth()]!;

/** A source's date as a citation writes it; a page that shows none reads "n.d." (or `none`). */
export const formatSourceDate = (date: string, none = 'n.d.') =>
  date === 'n.d.' ? none : formatDate(date);
