/** The grid's notes and source lines, read back from its data table in the browser (../pageText.ts). */
import type { Locale } from '../../i18n/locale';
import type { Scene, Size } from '../scene';
import { cellText, withPageText } from '../pageText';
import { layoutWhatWorks } from './layout';
import type { WorksRow } from './grid';

const inPage = (locale: Locale) =>
  withPageText<WorksRow>(
    (rows, state, size) => layoutWhatWorks(rows, state, size, locale),
    'data-what-works',
    (r, tr) => ({
      ...r,
      note: cellText(tr, '[data-detail]') ?? r.note ?? '',
      sources: cellText(tr, 'td:last-child') ?? r.sources ?? '',
    }),
  );

// One reader per edition, made when first asked for: each keeps its own filled-in rows.
const readers: Partial<Record<Locale, ReturnType<typeof inPage>>> = {};

export const layoutWhatWorksInPage = (
  rows: WorksRow[],
  state: string,
  size: Size,
  locale: Locale = 'en',
): Scene => (readers[locale] ??= inPage(locale))(rows, state, size);
