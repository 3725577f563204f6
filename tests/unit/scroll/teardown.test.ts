// @vitest-environment happy-dom
/**
 * Every setup on the article page returns a teardown that really ends it: nothing listens, and
 * nothing that arrives late (fonts) starts work again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockProblem, startStory } from '../../../src/scroll/engine';
import { startDebug } from '../../../src/scroll/debug';
import { startReadingProgress } from '../../../src/components/article/readingProgress';
import { startDeepLinks } from '../../../src/share/deepLinks';

/** document.fonts whose loading the test finishes when it chooses. */
function lateFonts() {
  let loaded = () => undefined as void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  Object.defineProperty(document, 'fonts', { value: { ready }, configurable: true });
  return {
    ready,
    loaded: () => loaded(),
    restore: () => Reflect.deleteProperty(document, 'fonts'),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

const step = (id: string) => new CustomEvent('story:step', { detail: { id, chapter: null } });
/** Two frames: any requestAnimationFrame scheduled now has run. */
const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A scrolly block as Scrolly.astro writes it, with one step. */
function block(id: string, chart: string, { frame = true, steps = 1 } = {}) {
  const root = document.createElement('section');
  root.dataset['scrolly'] = '';
  root.dataset['block'] = id;
  root.dataset['chart'] = chart;
  root.innerHTML =
    (frame ? '<div data-chart-frame><svg></svg><div data-tip hidden></div></div>' : '') +
    Array.from(
      { length: steps },
      (_, i) => `<div data-step id="${id}-${i}" data-state="phases-overview">Step</div>`,
    ).join('');
  document.body.append(root);
  return root;
}

describe('startDebug', () => {
  it('draws the trigger line, follows the step, and takes it all away on teardown', () => {
    const stop = startDebug();
    const line = document.querySelector<HTMLElement>('.debug-trigger')!;
    expect(document.documentElement.classList.contains('debug')).toBe(true);
    document.dispatchEvent(step('calls-restricted'));
    expect(line.textContent).toContain('calls-restricted');
    stop();
    expect(document.querySelector('.debug-trigger')).toBeNull();
    expect(document.documentElement.classList.contains('debug')).toBe(false);
    document.dispatchEvent(step('dns-erased'));
    expect(line.textContent).not.toContain('dns-erased');
  });
});

describe('startReadingProgress', () => {
  it('fills the bar as the page scrolls, and stops listening on teardown', async () => {
    document.body.innerHTML =
      '<div data-reading-progress hidden><div></div></div><main id="story"></main>';
    const fill = document.querySelector<HTMLElement>('[data-reading-progress] > div')!;
    const stop = startReadingProgress();
    expect(fill.style.transform).toBe('scaleX(0)');
    window.scrollTo(0, 50);
    window.dispatchEvent(new Event('scroll'));
    await frames();
    expect(fill.style.transform).toBe('scaleX(1)');
    stop();
    window.scrollTo(0, 0);
    window.dispatchEvent(new Event('scroll'));
    await frames();
    expect(fill.style.transform).toBe('scaleX(1)');
    expect(document.querySelector<HTMLElement>('[data-reading-progress]')!.hidden).toBe(true);
  });
});

describe('startStory', () => {
  it('does no work when fonts finish loading after its teardown', async () => {
    const fonts = lateFonts();
    block('phases', 'timeline');
    const stop = startStory();
    await frames();
    stop();
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    fonts.loaded();
    await fonts.ready;
    await frames();
    // Only the two frames this test asked for itself.
    expect(frame).toHaveBeenCalledTimes(2);
    fonts.restore();
  });

  it('says in development why a block is left static, and still runs the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    block('broken-chart', 'no-such-chart');
    block('no-frame', 'timeline', { frame: false });
    block('no-steps', 'timeline', { steps: 0 });
    block('fine', 'timeline');
    const seen: string[] = [];
    document.addEventListener('story:step', () => seen.push('step'));
    const stop = startStory();
    stop();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      'scrolly block "broken-chart" left static: unknown chart "no-such-chart"',
      'scrolly block "no-frame" left static: no [data-chart-frame]',
      'scrolly block "no-steps" left static: no steps',
    ]);
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('startDeepLinks', () => {
  it('does not scroll to the landing step when fonts load after its teardown', async () => {
    const fonts = lateFonts();
    block('phases', 'timeline');
    const target = document.getElementById('phases-0')!;
    const scrolls = vi.spyOn(target, 'scrollIntoView').mockImplementation(() => undefined);
    history.replaceState(null, '', '#phases-0');
    const stop = startDeepLinks();
    expect(scrolls).toHaveBeenCalledTimes(1);
    stop();
    fonts.loaded();
    await fonts.ready;
    await frames();
    expect(scrolls).toHaveBeenCalledTimes(1);
    fonts.restore();
    history.replaceState(null, '', '#');
  });
});

describe('blockProblem', () => {
  it('finds nothing wrong with a block that has a known chart, a frame and steps', () => {
    expect(blockProblem(block('fine', 'audience'))).toBeNull();
  });
});
