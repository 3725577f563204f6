/**
 * The scroll engine: the one module that talks to scrollama. It finds every scrolly block, brings
 * its chart to life and keeps it in the state of the step in view. It is also the one place that
 * decides which step and chapter are in view: other features (deep links, table of contents)
 * listen for the `story:step` event on document, or read the latest answer from
 * <html data-story-step data-story-chapter> if they start after the first event.
 */
import scrollama from 'scrollama';
import { charts } from '../charts/registry';
import { createLiveChart } from '../charts/live';
import type { LiveChart } from '../charts/live';
import { WIDE_QUERY, activeIndex, triggerOffset } from './geometry';

interface BlockRuntime {
  steps: HTMLElement[];
  chart: LiveChart;
  alt: HTMLElement | null;
  active: HTMLElement | undefined;
}

export interface StepDetail {
  /** The step at the trigger line, or null between scrolly blocks. */
  id: string | null;
  /** The chapter whose top has passed the trigger line, or null above the first one. */
  chapter: string | null;
}

export function startStory(doc: Document = document): () => void {
  const wide = window.matchMedia(WIDE_QUERY);
  const blocks: BlockRuntime[] = [];
  for (const root of doc.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const definition = charts[root.dataset['chart'] ?? ''];
    const container = root.querySelector<HTMLElement>('[data-chart-frame]');
    // Each chart's data is written once on the page, in the first block that draws it.
    const dataNode = doc.querySelector(`script[data-chart-data="${root.dataset['chart']}"]`);
    const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
    if (!definition || !container || !dataNode || steps.length === 0) continue;
    const data: unknown = JSON.parse(dataNode.textContent ?? 'null');
    const first = steps[0]!.dataset['state']!;
    blocks.push({
      steps,
      chart: createLiveChart(container, definition as never, data as never, first),
      alt: root.querySelector('[data-alt]'),
      active: undefined,
    });
  }
  const allSteps = blocks.flatMap((b) => b.steps);
  const chapters = [...doc.querySelectorAll<HTMLElement>('[data-chapter]')];
  let current: string | null = null;
  let currentChapter: string | null = null;
  let settled = false;

  // The trigger line is placed on the small viewport (100svh), which the mobile address bar does
  // not change: showing or hiding it must not move the line across a step.
  const probe = doc.createElement('div');
  probe.style.cssText =
    'position:fixed;top:0;left:0;width:0;height:100svh;visibility:hidden;pointer-events:none';
  doc.body.append(probe);
  const stableHeight = () => probe.getBoundingClientRect().height || window.innerHeight;
  const triggerY = () => stableHeight() * triggerOffset(wide.matches);

  /** Puts every chart in the state of its step at the trigger line. Only the first call is instant. */
  function resolve() {
    const y = triggerY();
    for (const block of blocks) {
      const index = activeIndex(
        block.steps.map((s) => s.getBoundingClientRect().top),
        y,
      );
      const step = block.steps[Math.max(0, index)]!;
      if (step === block.active) continue;
      block.active?.removeAttribute('data-active');
      step.setAttribute('data-active', '');
      block.active = step;
      block.chart.update(step.dataset['state']!, { animate: settled });
      if (block.alt) block.alt.textContent = step.dataset['alt'] ?? '';
    }
    const index = activeIndex(
      allSteps.map((s) => s.getBoundingClientRect().top),
      y,
    );
    const inView = index < 0 ? null : allSteps[index]!;
    // A step stays "current" only while its block is still on screen.
    const block = inView?.closest('[data-scrolly]');
    const id = inView && block && block.getBoundingClientRect().bottom > y ? inView.id : null;
    const chapterIndex = activeIndex(
      chapters.map((c) => c.getBoundingClientRect().top),
      y,
    );
    const chapter = chapterIndex < 0 ? null : chapters[chapterIndex]!.id;
    if (id !== current || chapter !== currentChapter || !settled) {
      current = id;
      currentChapter = chapter;
      const root = doc.documentElement.dataset;
      root['storyStep'] = id ?? '';
      root['storyChapter'] = chapter ?? '';
      doc.dispatchEvent(new CustomEvent<StepDetail>('story:step', { detail: { id, chapter } }));
    }
    settled = true;
  }

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), resolve()));
  };

  const scroller = scrollama();
  const setup = () =>
    scroller
      .setup({ step: allSteps, offset: triggerOffset(wide.matches) })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  setup();

  // A change of width or of the small viewport (rotation, zoom, desktop↔phone) reflows the text:
  // keep the reader's step at its reading position instead of letting another slide under the line.
  let lastWidth = window.innerWidth;
  let lastHeight = stableHeight();
  const onResize = () => {
    const height = stableHeight();
    if (window.innerWidth !== lastWidth || height !== lastHeight) {
      lastWidth = window.innerWidth;
      lastHeight = height;
      const anchor = current ? doc.getElementById(current) : null;
      scroller.resize();
      if (anchor) anchor.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
    schedule();
  };
  const onBreakpoint = () => {
    scroller.destroy();
    setup();
    schedule();
  };
  window.addEventListener('resize', onResize);
  window.visualViewport?.addEventListener('resize', schedule);
  window.addEventListener('scrollend', schedule);
  // Belt and braces: scrollama's observers can skip steps in a long fling; a throttled scroll
  // listener costs one geometry read per frame and never misses the final position.
  window.addEventListener('scroll', schedule, { passive: true });
  wide.addEventListener('change', onBreakpoint);
  void doc.fonts?.ready.then(schedule);
  resolve();

  return () => {
    cancelAnimationFrame(frame);
    probe.remove();
    scroller.destroy();
    window.removeEventListener('resize', onResize);
    window.visualViewport?.removeEventListener('resize', schedule);
    window.removeEventListener('scrollend', schedule);
    window.removeEventListener('scroll', schedule);
    wide.removeEventListener('change', onBreakpoint);
    for (const block of blocks) block.chart.destroy();
  };
}
