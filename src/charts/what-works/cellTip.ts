/** What a cell's tip says: the status, since when and why, or that nothing is known. */
import { capabilityLabels, monthName, serviceLabels, sinceLabel, statusLabels } from './grid';
import type { Cell, WorksRow } from './grid';

export function cellTip(cell: Cell, month: string) {
  const service = serviceLabels[cell.service]!;
  const capability = capabilityLabels[cell.capability]!.long;
  const heading = `${service} · ${capability} · ${monthName(month)}`;
  if (!cell.applicable)
    return {
      heading,
      body: `Does not apply: ${service} has no ${capability.toLowerCase()}`,
      source: '—',
    };
  if (!cell.row)
    return {
      heading,
      body: `Unknown: none of our sources reports on this as of ${monthName(month)}`,
      source: 'none',
    };
  const row: WorksRow = cell.row;
  return {
    heading,
    body: `${statusLabels[cell.status]} (${sinceLabel(row)}). ${row.note}`,
    source: row.sources,
  };
}
