/**
 * What each share card shows, from the step model: a chapter's card draws the chart of its key
 * step (frontmatter `card`, else its first), in that step's state (a chapter without a chart gets
 * a typographic card);
 * the home card draws the story's first chart state under the headline.
 */
import { getChart } from '../charts/registry';
import { keyStep } from '../story/model';
import type { Chapter } from '../story/model';
import type { CardContent } from './card';
import { SITE_HEADLINE, SITE_NAME } from './site';

/** Without a public address (SITE_URL unset) the card names the site instead of a made-up domain. */
const cardHost = (site: URL | undefined) => site?.host ?? SITE_NAME;

export function chapterCard(chapter: Chapter, site?: URL): CardContent {
  const step = keyStep(chapter);
  return {
    title: chapter.title,
    subtitle: step ? getChart(step.chart).title : chapter.summary,
    host: cardHost(site),
    chart: step ? { name: step.chart, state: step.state } : undefined,
  };
}

export function homeCard(chapters: Chapter[], site?: URL): CardContent {
  const step = chapters.flatMap((c) => c.steps)[0];
  return {
    // The card's kicker already names the site: the headline says what it is about.
    title: SITE_HEADLINE,
    subtitle: step ? getChart(step.chart).title : '',
    host: cardHost(site),
    chart: step ? { name: step.chart, state: step.state } : undefined,
  };
}

/** The text alternative of a card image, for og:image:alt. */
export const cardAlt = (chapter: Chapter) =>
  keyStep(chapter)?.alt ?? `${chapter.title}: ${chapter.summary}`;
