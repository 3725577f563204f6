/** What a cell's tip says: the status, since when and why, or that nothing is known. */
import type { Locale } from '../../i18n/locale';
import { serviceLabels } from './grid';
import type { Cell, WorksRow } from './grid';
import { capabilityWords, monthName, sinceWords, statusWords, tipWords } from './words';

export function cellTip(cell: Cell, month: string, locale: Locale) {
  const service = serviceLabels[cell.service]!;
  const capability = capabilityWords[locale][cell.capability]!;
  const words = tipWords[locale];
  const heading = `${service} · ${capability.long} · ${monthName(month, locale)}`;
  if (!cell.applicable)
    return { heading, body: words.notApplicable(service, capability.none), source: '—' };
  if (!cell.row) return { heading, body: words.unknown(month), source: words.noSource };
  const row: WorksRow = cell.row;
  return {
    heading,
    body: `${statusWords[locale][cell.status]} (${sinceWords(row.from, locale)}). ${row.note}`,
    source: row.sources,
  };
}
