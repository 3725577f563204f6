/**
 * What an event's mark says on focus, hover or tap: the date, the event and what happened, where
 * sources disagree (marked as a dispute), and who reported it with how far the label trusts it.
 * The "Show the data" table is built from the same pieces (see index.ts), so the two never differ.
 */
import type { Tip } from '../scene';
import { formatDate } from '../../lib/dates';
import type { TimelineEvent } from './events';
import { confidenceName } from '../confidenceNames';
import type { Locale, Localized } from '../../i18n/locale';

const WIRE: Localized<(wire: string) => string> = {
  en: (wire) => `every outlet repeats one ${wire} report`,
  ru: (wire) => `все издания пересказывают одну заметку ${wire}`,
};

const sentence = (text: string) => (/[.!?…"”)]$/.test(text) ? text : `${text}.`);

/** "TASS, Vedomosti and 2 more · confirmed …; every outlet repeats one TASS report". */
export function eventSourceLine(e: TimelineEvent, locale: Locale = 'en'): string {
  const parts = [e.sources];
  if (e.confidence) parts.push(confidenceName(e.confidence, locale));
  const line = parts.join(' · ');
  return e.wire ? `${line}; ${WIRE[locale](e.wire)}` : line;
}

export function eventTip(e: TimelineEvent, locale: Locale = 'en'): Tip {
  return {
    heading: formatDate(e.date, e.end, locale),
    body: e.description ? `${sentence(e.title)} ${e.description}` : e.title,
    ...(e.disputed ? { dispute: e.disputed } : {}),
    source: eventSourceLine(e, locale),
  };
}
