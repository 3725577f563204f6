/**
 * The lesson outline: a fixed opening and closing, and the minutes between them shared among the
 * chapters by how many slides each has, so the plan always adds up to the lesson's length.
 * Every item links into the slides.
 */
import { editionPath } from '../i18n/paths';
import type { Locale } from '../i18n/locale';
import type { Chapter } from '../story/model';
import { END_ID } from '../present/slides';
import type { Lesson } from './guide';

export interface OutlineItem {
  minutes: number;
  title: string;
  text: string;
  /** Where in the presentation this part starts. */
  href: string;
}

/** Shares `total` whole minutes by weight (largest remainder), at least one minute each. */
export function shareMinutes(weights: number[], total: number): number[] {
  if (weights.length === 0) return [];
  if (total < weights.length)
    throw new Error(`${total} minutes cannot cover ${weights.length} parts`);
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * spare);
  const minutes = exact.map((x) => 1 + Math.floor(x));
  let left = total - minutes.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left-- <= 0) break;
    minutes[i]! += 1;
  }
  return minutes;
}

export function lessonOutline(
  chapters: Chapter[],
  lesson: Lesson,
  locale: Locale = 'en',
): OutlineItem[] {
  const slides = (hash: string) => editionPath(locale, `present/#${hash}`);
  const middle = lesson.total - lesson.opening.minutes - lesson.closing.minutes;
  // A chapter's title slide counts too: every slide takes some talking.
  const minutes = shareMinutes(
    chapters.map((c) => c.steps.length + 1),
    middle,
  );
  const first = chapters[0]?.id ?? END_ID;
  return [
    { ...lesson.opening, href: slides(first) },
    ...chapters.map((chapter, i) => ({
      minutes: minutes[i]!,
      title: chapter.title,
      text: chapter.summary,
      href: slides(chapter.id),
    })),
    { ...lesson.closing, href: slides(END_ID) },
  ];
}
