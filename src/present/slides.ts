/**
 * The slide deck, derived from the step model: a title slide per chapter (title + summary), one
 * slide per step, and a closing slide. Nothing is written twice: slides read the same steps the
 * article scrolls through. Usage: const deck = slideDeck(readStory());
 */
import type { Chapter, Step } from '../story/model';

/** The closing slide's id: not a step or chapter id, so it never collides with the article. */
export const END_ID = 'present-end';

/**
 * The frame a slide's chart is laid out for: the chart takes the slide's width above one line of
 * text, about 1710×720 px on a 1920×1080 projector, so the SVG scales up 1.9 times and the
 * layouts' 11 px labels read at 21 px from the back of a room.
 */
export const SLIDE_CHART = { width: 900, height: 380 };

/**
 * Slides up to this number carry their chart in the page, so the deck opens drawn. The others
 * link their chart's file as an image (60 charts inline made the page 1.4 MB) and the deck puts
 * them inline from one bundle, /present/charts.xml, once the page has loaded.
 */
const INLINE_CHART_SLIDES = 3;

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

/** Whether a slide carries its chart in the page (else it links it: Slide.astro, charts.xml). */
export const carriesChart = (slide: Slide) => slide.number <= INLINE_CHART_SLIDES;

/** Where a slide lives in the article: its step, or its chapter for title and closing slides. */
export const articleHash = (slide: Slide) =>
  slide.kind === 'end' ? '' : `#${slide.kind === 'step' ? slide.step.id : slide.chapter.id}`;

/**
 * The one line a step's slide shows: its own `slide` text, else its first sentence (a full stop,
 * question or exclamation mark followed by a space and a capital, Latin or Cyrillic, so
 * "22 Aug." or "3.5" do not end it). The whole text stays in the presenter view.
 */
export function slideLine(step: Step): string {
  if (step.slide) return step.slide;
  const text = step.text.replace(/\s+/g, ' ').trim();
  return text.match(/^.*?[.!?][”"’»)]?(?=\s+[A-ZА-ЯЁ“"‘«(])/)?.[0] ?? text;
}

/** The step's text as paragraphs, for a slide. */
export const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
