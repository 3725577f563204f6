/**
 * What each share card shows, from the step model: a chapter's card draws the chart of its key
 * step (frontmatter `card`, else its first), in that step's state (a chapter without a chart gets
 * a typographic card);
 * the home card draws the story's first chart state under the headline. Cards are in the
 * chapter's edition: its title, its chart's words.
 */
import { getChart } from '../charts/registry';
import { keyStep } from '../story/model';
import type { Chapter } from '../story/model';
import type { Locale } from '../i18n/locale';
import { UI } from '../i18n/ui';
import type { CardContent } from './card';

/** Without a public address (SITE_URL unset) the card names the site instead of a made-up domain. */
const cardHost = (site: URL | undefined, locale: Locale) => site?.host ?? UI[locale].site.name;

export function chapterCard(chapter: Chapter, site?: URL, locale: Locale = 'en'): CardContent {
  const step = keyStep(chapter);
  return {
    locale,
    title: chapter.title,
    subtitle: step ? getChart(step.chart).title[locale] : chapter.summary,
    host: cardHost(site, locale),
    chart: step ? { name: step.chart, state: step.state } : undefined,
  };
}

export function homeCard(chapters: Chapter[], site?: URL, locale: Locale = 'en'): CardContent {
  const step = chapters.flatMap((c) => c.steps)[0];
  return {
    locale,
    // The card's kicker already names the site: the headline says what it is about.
    title: UI[locale].site.headline,
    subtitle: step ? getChart(step.chart).title[locale] : '',
    host: cardHost(site, locale),
    chart: step ? { name: step.chart, state: step.state } : undefined,
  };
}

/** The text alternative of a card image, for og:image:alt. */
export const cardAlt = (chapter: Chapter) =>
  keyStep(chapter)?.alt ?? `${chapter.title}: ${chapter.summary}`;
