/**
 * The status of every cell of the what-works grid in a month, read from the status rows: the
 * latest row in force by the month's end. A cell with no row is "unknown", never a guess.
 */
import { formatDate, periodEnd, toDate } from '../../lib/dates';

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

/** Full header, phone header, and how the phone key spells the abbreviation out. */
export const capabilityLabels: Record<string, { long: string; short: string; key: string }> = {
  messages: { long: 'Messages', short: 'Msgs', key: 'messages' },
  calls: { long: 'Voice and video calls', short: 'Calls', key: 'voice and video calls' },
  register: { long: 'New account sign-up', short: 'Sign-up', key: 'registering a new account' },
  reach: { long: 'Reachable without a VPN', short: 'No VPN', key: 'reachable without a VPN' },
};
export const capabilityOrder = Object.keys(capabilityLabels);

/** Cells that do not exist: FaceTime is a calling service, YouTube a video site. */
export const notApplicable = new Set(['facetime:messages', 'youtube:messages', 'youtube:calls']);

export const statusLabels: Record<CellStatus, string> = {
  works: 'Works',
  restricted: 'Restricted',
  blocked: 'Blocked',
  unknown: 'Unknown',
};

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

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "2025-08" → "August 2025" (no locale tables: the same on every machine). */
export const monthName = (month: string) =>
  `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

export const sinceLabel = (row: WorksRow) => `since ${formatDate(row.from)}`;
