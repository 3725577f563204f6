/** What the DNS diagram draws besides its states: who reported the facts its tips quote. */
import type { Locale } from '../../i18n/locale';
import { factWords } from './words';
import type { FactId } from './words';

export interface DnsFact {
  id: FactId;
  /** Publisher names. */
  sources: string;
}

export interface DnsData {
  facts: DnsFact[];
  /** Publisher names per state id, for the caption's tip. */
  stateSources: Record<string, string>;
}

export type FactOf = (id: FactId) => DnsFact;

/** The tip a fact gives the mark it explains, in the edition's words. */
export const factTip = (f: DnsFact, locale: Locale) => ({
  ...factWords[locale][f.id],
  source: f.sources,
});
