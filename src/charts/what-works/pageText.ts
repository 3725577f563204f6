/** The grid's notes and source lines, read back from its data table in the browser (../pageText.ts). */
import { cellText, withPageText } from '../pageText';
import { layoutWhatWorks } from './layout';
import type { WorksRow } from './grid';

export const layoutWhatWorksInPage = withPageText<WorksRow>(
  layoutWhatWorks,
  'data-what-works',
  (r, tr) => ({
    ...r,
    note: cellText(tr, '[data-detail]') ?? r.note ?? '',
    sources: cellText(tr, 'td:last-child') ?? r.sources ?? '',
  }),
);
