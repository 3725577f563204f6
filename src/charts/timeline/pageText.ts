/**
 * In the browser: each event's account, dispute and source line come from the page's "Show the
 * data" table (rows `data-row="<event id>"`, source line in the last cell), where they are written
 * once for every reader, with or without JavaScript. The layout then builds the same tips as at
 * build time.
 */
import type { Scene, Size } from '../scene';
import type { TimelineEvent } from './events';

const filled = new WeakMap<TimelineEvent[], TimelineEvent[]>();

function fromPage(events: TimelineEvent[], doc: Document): TimelineEvent[] {
  return events.map((e) => {
    const row = doc.querySelector(`#data-timeline tr[data-row="${CSS.escape(e.id)}"]`);
    const description = row?.querySelector('[data-detail]')?.textContent?.trim();
    const disputed = row?.querySelector('[data-dispute]')?.textContent?.trim();
    // The last cell is eventSourceLine(): publishers, confidence and any wire, already joined.
    const sources = row?.lastElementChild?.textContent?.trim() ?? e.sources ?? '';
    return {
      ...e,
      sources,
      ...(description ? { description } : {}),
      ...(disputed ? { disputed } : {}),
    };
  });
}

export function withPageText(
  layout: (events: TimelineEvent[], state: string, size: Size) => Scene,
  doc: Document = document,
) {
  return (events: TimelineEvent[], state: string, size: Size): Scene => {
    let full = filled.get(events);
    if (!full) filled.set(events, (full = fromPage(events, doc)));
    return layout(full, state, size);
  };
}
