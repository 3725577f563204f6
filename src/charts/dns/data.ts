/** What the DNS diagram draws besides its states: the sourced facts its tips quote. */
export interface DnsFact {
  id: 'nsdi' | 'erased' | 'outside' | 'interfere';
  heading: string;
  body: string;
  sources: string;
}

export interface DnsData {
  facts: DnsFact[];
  /** Publisher names per state id, for the caption's tip. */
  stateSources: Record<string, string>;
}

export type FactOf = (id: DnsFact['id']) => DnsFact;

/** The tip a fact gives the mark it explains. */
export const factTip = (f: DnsFact) => ({ heading: f.heading, body: f.body, source: f.sources });
