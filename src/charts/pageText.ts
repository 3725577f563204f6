/**
 * In the browser: long text a chart's tips quote (an event's account, a status note, a source
 * line) is read from the page's "Show the data" table, where it is written once for every reader,
 * with or without JavaScript (rows carry `data-row="<row id>"`). The shipped JSON leaves it out
 * (see each chart's `shipped`), and the layout then builds the same tips as at build time.
 * Usage: withPageText(layoutTimeline, 'data-timeline', (row, tr) => ({ ...row, note: … }))
 */
import type { Locale } from '../i18n/locale';
import type { Scene, Size } from './scene';

type Layout<Row> = (rows: Row[], state: string, size: Size, locale?: Locale) => Scene;

export const cellText = (tr: Element | null, selector: string) =>
  tr?.querySelector(selector)?.textContent?.trim() || undefined;

export function withPageText<Row extends { id: string }>(
  layout: Layout<Row>,
  tableId: string,
  read: (row: Row, tr: Element | null) => Row,
  doc: Document = document,
): Layout<Row> {
  const filled = new WeakMap<Row[], Row[]>();
  return (rows, state, size, locale) => {
    let full = filled.get(rows);
    if (!full) {
      full = rows.map((row) =>
        read(row, doc.querySelector(`#${tableId} tr[data-row="${CSS.escape(row.id)}"]`)),
      );
      filled.set(rows, full);
    }
    return layout(full, state, size, locale);
  };
}
