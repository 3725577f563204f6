/** The timeline's long text, read back from its data table in the browser (see ../pageText.ts). */
import { cellText, withPageText } from '../pageText';
import { layoutTimeline } from './layout';
import type { TimelineEvent } from './events';

export const layoutTimelineInPage = withPageText<TimelineEvent>(
  layoutTimeline,
  'data-timeline',
  (e, tr) => {
    const description = cellText(tr, '[data-detail]');
    const disputed = cellText(tr, '[data-dispute]');
    return {
      ...e,
      title: cellText(tr, 'td > strong') ?? e.title ?? '',
      // The last cell is eventSourceLine(): publishers, confidence and any wire, already joined.
      sources: cellText(tr, 'td:last-child') ?? e.sources ?? '',
      ...(description ? { description } : {}),
      ...(disputed ? { disputed } : {}),
    };
  },
);
