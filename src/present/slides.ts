/**
 * The slide deck, derived from the step model: a title slide per chapter (title + summary), one
 * slide per step, and a closing slide. Nothing is written twice: slides read the same steps the
 * article scrolls through. Usage: const deck = slideDeck(readStory());
 */
import type { Chapter, Step } from '../story/model';

/** The closing slide's id: not a step or chapter id, so it never collides with the article. */
export const END_ID = 'present-end';

/**
 * The frame a slide's chart is laid out for: smaller than the projector, so the layout's labels
 * come out about twice as large once the SVG scales up (legible from the back of a room).
 */
export const SLIDE_CHART = { width: 560, height: 380 };

interface SlideBase {
  id: string;
  /** 1-based position, as the progress indicator shows it. */
  number: number;
  chapter: Chapter;
}

export type Slide =
  | (SlideBase & { kind: 'title' })
  | (SlideBase & { kind: 'step'; step: Step })
  | (SlideBase & { kind: 'end' });

export function slideDeck(chapters: Chapter[]): Slide[] {
  const slides: Slide[] = [];
  for (const chapter of chapters) {
    slides.push({ kind: 'title', id: chapter.id, number: slides.length + 1, chapter });
    for (const step of chapter.steps)
      slides.push({ kind: 'step', id: step.id, number: slides.length + 1, chapter, step });
  }
  const last = chapters.at(-1);
  if (last) slides.push({ kind: 'end', id: END_ID, number: slides.length + 1, chapter: last });
  return slides;
}

/** Where a slide lives in the article: its step, or its chapter for title and closing slides. */
export const articleHash = (slide: Slide) =>
  slide.kind === 'end' ? '' : `#${slide.kind === 'step' ? slide.step.id : slide.chapter.id}`;

/** The step's text as paragraphs, for a slide. */
export const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
