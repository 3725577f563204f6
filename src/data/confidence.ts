/**
 * What a confidence label may claim. `confirmed` means two or more publishers with an address,
 * not counting the two articles the project started from or sources the fact sheet rates as weak
 * (a `caution`). Two pages of one publisher (tass.com and tass.ru) are one publisher.
 */
import type { Source } from './schemas';

/** "TASS (RU)" and "TASS" are one publisher; so are "UNN" and "UNN (citing ISW)". */
export const publisherName = (publisher: string) => publisher.replace(/\s*\(.*\)\s*$/, '').trim();

/** The names a row's sources go by: each publisher and whoever it cites ("Caliber.az (citing RBC)"). */
export function publisherNames(source: Source): string[] {
  const cited = /\((?:citing|via|text of|reprint of|source:|quoting)?\s*([^)]+)\)/i.exec(
    source.publisher,
  );
  const names = [publisherName(source.publisher)];
  if (cited) names.push(...cited[1]!.split(/\s*(?:\/|,| and | citing | via )\s*/));
  // "(EN)", "(RU)", "(English)" name the page's language, not anyone it cites.
  return names.filter((n) => n.length > 2 && !/^(?:english|russian|ukrainian)$/i.test(n));
}

/** The publishers that count towards `confirmed` for a row citing these sources. */
export function confirmingPublishers(ids: readonly string[], sources: readonly Source[]): string[] {
  const counted = ids
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is Source => !!s && !!s.url && !s.supplied && !s.caution);
  return [...new Set(counted.map((s) => publisherName(s.publisher)))];
}

type Labelled = { id: string; sources: string[]; confidence: string };

/** Why a row's `confirmed` label claims more than its sources give, or undefined if it does not. */
export function confirmedProblem(row: Labelled, sources: readonly Source[]): string | undefined {
  if (row.confidence !== 'confirmed') return undefined;
  const publishers = confirmingPublishers(row.sources, sources);
  if (publishers.length >= 2) return undefined;
  return (
    `"confirmed" needs two or more publishers with an address, not counting the two supplied ` +
    `articles or sources with a caution; this row has ${publishers.length}` +
    (publishers.length ? ` (${publishers.join(', ')})` : '') +
    `: label it "single-source" or cite a second publisher`
  );
}
