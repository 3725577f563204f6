// @vitest-environment happy-dom
/**
 * The live chart's D3 join in a DOM: marks enter, update and leave by key, take their attributes,
 * labels and focusability from the scene, and adopt the marks the build rendered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveChart } from '../../../src/charts/live';
import type { LiveChart } from '../../../src/charts/live';
import { toSvgString } from '../../../src/charts/scene';
import type { Mark, Scene, Size } from '../../../src/charts/scene';

type States = Record<string, Mark[]>;

const tip = (heading: string) => ({ heading, body: 'what happened', source: 'RBC' });
const dot = (key: string, cx: number, extra: Partial<Mark> = {}): Mark => ({
  key,
  tag: 'circle',
  attrs: { cx, cy: 20, r: 4 },
  ...extra,
});

const STATES: States = {
  before: [
    dot('a', 10, { tip: tip('A'), className: 'event', style: { fill: 'var(--color-max)' } }),
    dot('b', 30, { tip: tip('B') }),
    { key: 'label', tag: 'text', attrs: { x: 5, y: 50 }, text: 'Before' },
  ],
  after: [
    { key: 'label', tag: 'text', attrs: { x: 5, y: 60 }, text: 'After' },
    dot('a', 70),
    dot('c', 90, { tip: tip('C') }),
  ],
};

const sizes: Size[] = [];
const chart = {
  layout(data: States, state: string, size: Size): Scene {
    sizes.push(size);
    return { width: size.width, height: size.height, marks: data[state]! };
  },
};

let live: LiveChart | null = null;
afterEach(() => {
  live?.destroy();
  live = null;
  document.body.innerHTML = '';
  sizes.length = 0;
});

/** A chart frame as Scrolly.astro writes it: the build's SVG (empty or drawn) and a hidden tip. */
function frame(svg: string) {
  const container = document.createElement('div');
  container.innerHTML = `${svg}<div data-tip hidden></div>`;
  document.body.append(container);
  return container;
}
const emptyFrame = () => frame(toSvgString({ width: 300, height: 200, marks: [] }, 'A chart'));
const marksIn = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGElement>('svg [data-key]'),
];
const byKey = (container: HTMLElement, key: string) =>
  container.querySelector<SVGElement>(`svg [data-key="${key}"]`);

describe('createLiveChart', () => {
  it('draws a state into an empty chart: one element per mark, keyed, in scene order', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    expect(marksIn(container).map((m) => m.getAttribute('data-key'))).toEqual(['a', 'b', 'label']);
    const a = byKey(container, 'a')!;
    expect(a.tagName.toLowerCase()).toBe('circle');
    expect(a.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([a.getAttribute('cx'), a.getAttribute('cy'), a.getAttribute('r')]).toEqual([
      '10',
      '20',
      '4',
    ]);
    expect(a.getAttribute('class')).toBe('event');
    expect(a.getAttribute('style')).toBe('fill:var(--color-max)');
    expect(byKey(container, 'label')!.textContent).toBe('Before');
    expect(container.dataset['state']).toBe('before');
    // Laid out for the frame's measured size (happy-dom has no layout: the minimum frame).
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${sizes[0]!.width} ${sizes[0]!.height}`);
  });

  it('labels the marks with a tip for screen readers, focusable by arrow keys but no tab stop', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    const a = byKey(container, 'a')!;
    expect(a.getAttribute('aria-label')).toBe('A: what happened. Source: RBC');
    expect(a.getAttribute('role')).toBe('img');
    expect(a.getAttribute('tabindex')).toBe('-1');
    expect(byKey(container, 'label')!.hasAttribute('tabindex')).toBe(false);
    // The chart itself is the one tab stop.
    expect(container.querySelector('svg')!.getAttribute('tabindex')).toBe('0');
  });

  it('adopts the marks the build drew instead of replacing them', () => {
    const built = toSvgString(chart.layout(STATES, 'before', { width: 280, height: 240 }), 'Chart');
    const container = frame(built);
    const drawn = byKey(container, 'a');
    live = createLiveChart(container, chart, STATES, 'before');
    expect(byKey(container, 'a')).toBe(drawn);
    expect(marksIn(container)).toHaveLength(3);
  });

  it('moves marks that stay, adds new ones and removes those that leave, by key', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    const a = byKey(container, 'a');
    const label = byKey(container, 'label');
    live.update('after', { animate: false });
    // The same elements, updated: D3 matched them by key, not by position.
    expect(byKey(container, 'a')).toBe(a);
    expect(byKey(container, 'label')).toBe(label);
    expect(a!.getAttribute('cx')).toBe('70');
    expect(label!.getAttribute('y')).toBe('60');
    expect(label!.textContent).toBe('After');
    expect(byKey(container, 'b')).toBeNull();
    expect(byKey(container, 'c')!.getAttribute('cx')).toBe('90');
    // The DOM follows the new scene's order, so later marks paint over earlier ones.
    expect(marksIn(container).map((m) => m.getAttribute('data-key'))).toEqual(['label', 'a', 'c']);
    expect(container.dataset['state']).toBe('after');
    expect(live.state).toBe('after');
  });

  it('takes away the label and focusability of a mark that loses its tip', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    live.update('after', { animate: false });
    const a = byKey(container, 'a')!;
    for (const name of ['tabindex', 'role', 'aria-label'])
      expect(a.hasAttribute(name), name).toBe(false);
    expect(a.getAttribute('class') ?? '').toBe('');
    expect(a.getAttribute('style') ?? '').toBe('');
  });

  it('animates a change of state and finish() lands it at once', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    live.update('after');
    // Mid-transition: the leaving mark is still there, and the moving one has not arrived.
    expect(byKey(container, 'b')).not.toBeNull();
    expect(byKey(container, 'a')!.getAttribute('cx')).not.toBe('70');
    live.finish();
    expect(byKey(container, 'b')).toBeNull();
    expect(byKey(container, 'a')!.getAttribute('cx')).toBe('70');
    expect(byKey(container, 'c')!.hasAttribute('opacity')).toBe(false);
  });

  it('lets a transition run to its end on its own', async () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    live.update('after');
    await vi.waitFor(
      () => {
        expect(byKey(container, 'b')).toBeNull();
        expect(Number(byKey(container, 'a')!.getAttribute('cx'))).toBe(70);
      },
      { timeout: 3000, interval: 50 },
    );
  });

  it('does not animate when the reader asks for reduced motion', () => {
    const real = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      query.includes('reduce') ? ({ matches: true } as MediaQueryList) : real(query),
    );
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    live.update('after');
    expect(byKey(container, 'b')).toBeNull();
    expect(byKey(container, 'a')!.getAttribute('cx')).toBe('70');
    vi.restoreAllMocks();
  });

  it('shows the focused mark’s label in the tip, and hides it when focus leaves', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    const tipBox = container.querySelector<HTMLElement>('[data-tip]')!;
    byKey(container, 'b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tipBox.hidden).toBe(false);
    // The tip is built in parts (heading, account, source), each its own line.
    expect([...tipBox.children].map((part) => part.textContent)).toEqual([
      'B',
      'what happened',
      'Source: RBC',
    ]);
    byKey(container, 'b')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(tipBox.hidden).toBe(true);
  });

  it('lets go of the chart on destroy: no tab stop, no tip', () => {
    const container = emptyFrame();
    live = createLiveChart(container, chart, STATES, 'before');
    live.destroy();
    live = null;
    const svg = container.querySelector('svg')!;
    expect(svg.hasAttribute('tabindex')).toBe(false);
    byKey(container, 'b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(container.querySelector<HTMLElement>('[data-tip]')!.hidden).toBe(true);
  });
});
