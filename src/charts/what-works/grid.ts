/**
 * The status of every cell of the what-works grid in a month, read from the status rows: the
 * latest row in force by the month's end. A cell with no row is "unknown", never a guess.
 */
import { periodEnd, toDate } from '../../lib/dates';

export type CellStatus = 'works' | 'restricted' | 'blocked' | 'unknown';

export interface WorksRow {
  id: string;
  service: string;
  capability: string;
  from: string;
  status: CellStatus;
  note: string;
  /** Publisher names, ready for a tip. */
  sources: string;
  confidence: string;
}

/** Brand names, the same in every edition. */
export const serviceLabels: Record<string, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  facetime: 'FaceTime',
  snapchat: 'Snapchat',
  signal: 'Signal',
  viber: 'Viber',
  youtube: 'YouTube',
  max: 'Max',
};
export const serviceOrder = Object.keys(serviceLabels);

/** The grid's columns, left to right (their words are in words.ts). */
export const capabilityOrder = ['messages', 'calls', 'register', 'reach'];

/** Cells that do not exist: FaceTime is a calling service, YouTube a video site. */
export const notApplicable = new Set(['facetime:messages', 'youtube:messages', 'youtube:calls']);

export interface Cell {
  service: string;
  capability: string;
  status: CellStatus;
  /** The row in force, if any. */
  row?: WorksRow;
  /** A new restriction or escalation took effect this month. */
  changed: boolean;
  applicable: boolean;
}

export function cellAt(rows: WorksRow[], service: string, capability: string, month: string): Cell {
  const applicable = !notApplicable.has(`${service}:${capability}`);
  const monthStart = toDate(month).getTime();
  const monthEnd = periodEnd(month).getTime();
  const inForce = rows
    .filter((r) => r.service === service && r.capability === capability)
    .filter((r) => toDate(r.from).getTime() < monthEnd)
    .sort((a, b) => toDate(a.from).getTime() - toDate(b.from).getTime());
  const row = inForce.at(-1);
  if (!row || !applicable)
    return { service, capability, status: 'unknown', changed: false, applicable };
  const changed = row.status !== 'works' && toDate(row.from).getTime() >= monthStart;
  return { service, capability, status: row.status, row, changed, applicable };
}

export const gridAt = (rows: WorksRow[], month: string): Cell[] =>
  serviceOrder.flatMap((s) => capabilityOrder.map((c) => cellAt(rows, s, c, month)));
