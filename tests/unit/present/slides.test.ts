import { describe, expect, it } from 'vitest';
import { END_ID, articleHash, paragraphs, slideDeck } from '../../../src/present/slides';
import { isNavigation, keyAction } from '../../../src/present/keys';
import { lessonOutline, shareMinutes } from '../../../src/teach/outline';
import { readGuide } from '../../../src/teach/guide';
import { allSteps, readStory } from '../../../src/story/model';

const chapters = readStory();
const key = (k: string, mods: Partial<{ ctrlKey: boolean }> = {}) =>
  keyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the slide deck', () => {
  const deck = slideDeck(chapters);

  it('has a title slide per chapter, then its steps in story order, then a closing slide', () => {
    const expected = [...chapters.flatMap((c) => [c.id, ...c.steps.map((s) => s.id)]), END_ID];
    expect(deck.map((s) => s.id)).toEqual(expected);
    expect(deck.map((s) => s.number)).toEqual(deck.map((_, i) => i + 1));
  });

  it('sends each slide back to its own place in the article', () => {
    for (const slide of deck) {
      if (slide.kind === 'step') expect(articleHash(slide)).toBe(`#${slide.step.id}`);
      if (slide.kind === 'title') expect(articleHash(slide)).toBe(`#${slide.chapter.id}`);
    }
    expect(articleHash(deck.at(-1)!)).toBe('');
  });

  it('never takes an id a step or chapter already uses', () => {
    const ids = [...chapters.map((c) => c.id), ...allSteps(chapters).map((s) => s.id)];
    expect(ids).not.toContain(END_ID);
  });

  it('splits text into paragraphs and folds line breaks', () => {
    expect(paragraphs('One\nline.\n\n Two. ')).toEqual(['One line.', 'Two.']);
  });
});

describe('keys', () => {
  it('maps every key the classroom needs, clickers included', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(key(k)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(key(k)).toBe('prev');
    expect(key('Backspace')).toBe('backspace');
    expect(key('Enter')).toBe('enter');
    expect([key('Home'), key('End')]).toEqual(['first', 'last']);
    expect([key('f'), key('F'), key('b'), key('q'), key('s'), key('Escape')]).toEqual([
      'fullscreen',
      'fullscreen',
      'blank',
      'qr',
      'presenter',
      'leave',
    ]);
    expect(key('7')).toEqual({ digit: 7 });
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });

  it('counts only moves as navigation', () => {
    expect(isNavigation('next')).toBe(true);
    expect(isNavigation('blank')).toBe(false);
  });
});

describe('the lesson outline', () => {
  it('shares minutes by weight, at least one each, always adding up', () => {
    expect(shareMinutes([1, 1, 1], 9)).toEqual([3, 3, 3]);
    expect(shareMinutes([10, 1], 5)).toEqual([4, 1]);
    for (const total of [11, 20, 32, 45])
      expect(shareMinutes([3, 7, 1, 1, 9], total).reduce((a, b) => a + b)).toBe(total);
    expect(() => shareMinutes([1, 1, 1], 2)).toThrow(/cannot cover/);
  });

  it('plans the whole story in 45 minutes, every item linked to a slide', () => {
    const guide = readGuide();
    const outline = lessonOutline(chapters, guide.lesson);
    expect(outline.reduce((sum, item) => sum + item.minutes, 0)).toBe(45);
    expect(outline).toHaveLength(chapters.length + 2);
    const ids = new Set(slideDeck(chapters).map((s) => s.id));
    for (const item of outline) expect(ids.has(item.href.replace('/present/#', ''))).toBe(true);
  });

  it('has two or three discussion questions for every chapter of the contract', () => {
    const { questions } = readGuide();
    for (const chapter of chapters.filter((c) => !c.id.startsWith('scratch'))) {
      expect(questions[chapter.id]?.length, chapter.id).toBeGreaterThanOrEqual(2);
    }
  });
});
