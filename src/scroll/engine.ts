/**
 * The scroll engine: the one module that talks to scrollama. It finds every scrolly block, brings
 * its chart to life when the block comes near the viewport (in an idle moment while the block is
 * still off screen, at once if it is on screen) and keeps it in the state of the step in view. It is also the one place that decides which step and chapter are in view: other
 * features (deep links, table of contents) listen for the `story:step` event on document, or read
 * the latest answer from <html data-story-step data-story-chapter> if they start after the first
 * event.
 *
 * Work is done only when something can have changed: scrollama's observers (a step crossed the
 * trigger line), a block coming near or going far, the end of a scroll, a resize. Each time, one
 * frame reads all the geometry first and writes after, so the browser lays out once.
 */
import scrollama from 'scrollama';
import { hasLayout, loadLayout } from '../charts/browserLayouts';
import type { Layout } from '../charts/browserLayouts';
import { createLiveChart } from '../charts/live';
import type { LiveChart } from '../charts/live';
import { documentLocale } from '../i18n/locale';
import { WIDE_QUERY, activeIndex, triggerOffset } from './geometry';

interface BlockRuntime {
  root: HTMLElement;
  name: string;
  steps: HTMLElement[];
  container: HTMLElement;
  alt: HTMLElement | null;
  chart: LiveChart | null;
  active: HTMLElement | undefined;
  /** Near at the previous resolve: a block that was not has just been jumped or scrolled to. */
  wasNear: boolean;
  /** Its chart is to be made in the next idle moment: it is near, but not yet on screen. */
  preparing: boolean;
}

export interface StepDetail {
  /** The step at the trigger line, or null between scrolly blocks. */
  id: string | null;
  /** The chapter whose top has passed the trigger line, or null above the first one. */
  chapter: string | null;
}

/** Runs work when the page is idle, or within a quarter second: before a near block is reached. */
const whenIdle = (work: () => void) =>
  window.requestIdleCallback
    ? window.requestIdleCallback(work, { timeout: 250 })
    : window.setTimeout(work, 1);

/** Blocks within a screen above or below the viewport are near: only they are drawn and updated. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** Charts draw in the page's edition: its words, dates and numbers. */
const pageLocale = typeof document === 'undefined' ? 'en' : documentLocale(document);

/** Why a scrolly block cannot be brought to life, or null if it can. */
export function blockProblem(root: HTMLElement): string | null {
  const name = root.dataset['chart'] ?? '';
  if (!hasLayout(name)) return `unknown chart "${name}"`;
  if (!root.querySelector('[data-chart-frame]')) return 'no [data-chart-frame]';
  if (!root.querySelector('[data-step]')) return 'no steps';
  return null;
}

export function startStory(doc: Document = document): () => void {
  const wide = window.matchMedia(WIDE_QUERY);
  const blocks: BlockRuntime[] = [];
  for (const root of doc.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const problem = blockProblem(root);
    if (problem) {
      // The block stays as the build drew it; in development, say why instead of failing silently.
      if (import.meta.env.DEV)
        console.warn(`scrolly block "${root.dataset['block'] ?? '?'}" left static: ${problem}`);
      continue;
    }
    const name = root.dataset['chart']!;
    const container = root.querySelector<HTMLElement>('[data-chart-frame]')!;
    const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
    const alt = root.querySelector<HTMLElement>('[data-alt]');
    blocks.push({
      root,
      name,
      steps,
      container,
      alt,
      chart: null,
      active: undefined,
      wasNear: false,
      preparing: false,
    });
  }
  // Each chart's data is written once on the page, in the first block that draws it; parsed once.
  const dataCache = new Map<string, unknown>();
  const dataFor = (name: string) => {
    if (!dataCache.has(name)) {
      const node = doc.querySelector(`script[data-chart-data="${name}"]`);
      dataCache.set(name, JSON.parse(node?.textContent ?? 'null'));
    }
    return dataCache.get(name);
  };
  const layouts = new Map<string, Layout>();
  const allSteps = blocks.flatMap((b) => b.steps);
  const chapters = [...doc.querySelectorAll<HTMLElement>('[data-chapter]')];
  let current: string | null = null;
  let currentChapter: string | null = null;
  let settled = false;
  /** Set by the teardown: fonts and layouts can arrive after it, and must then do nothing. */
  let stopped = false;
  /** The reader's place: the step at the trigger line and how far down it the line is (0–1). */
  let anchor: { step: HTMLElement; fraction: number } | null = null;
  let lastScrollY = window.scrollY;

  // The trigger line is placed on the small viewport (100svh), which the mobile address bar does
  // not change: showing or hiding it must not move the line across a step.
  const probe = doc.createElement('div');
  probe.style.cssText =
    'position:fixed;top:0;left:0;width:0;height:100svh;visibility:hidden;pointer-events:none';
  doc.body.append(probe);
  const stableHeight = () => probe.getBoundingClientRect().height || window.innerHeight;

  /** Puts every near chart in the state of its step at the trigger line. Reads, then writes. */
  function resolve() {
    // Read: every rectangle this frame needs, before any write can invalidate layout.
    const screen = stableHeight();
    const y = screen * triggerOffset(wide.matches);
    const stepTops = allSteps.map((s) => s.getBoundingClientRect());
    const blockBoxes = blocks.map((b) => b.root.getBoundingClientRect());
    // More than a screen since the last frame: a jump or fling still under way. Its end resolves;
    // the charts it passes on the way are left alone.
    const passing = Math.abs(window.scrollY - lastScrollY) > screen;
    lastScrollY = window.scrollY;
    // An instant jump (a link within the page) may fire no scrollend: look again next frame,
    // when the distance since this one is small if the page has come to rest.
    if (passing) schedule();
    const chapterTops = chapters.map((c) => c.getBoundingClientRect().top);
    const index = activeIndex(
      stepTops.map((r) => r.top),
      y,
    );
    const inView = index < 0 ? null : allSteps[index]!;
    if (inView) {
      const box = stepTops[index]!;
      anchor = { step: inView, fraction: box.height ? (y - box.top) / box.height : 0 };
    } else anchor = null;

    // Write: only blocks near the viewport; far ones are not touched at all.
    let offset = 0;
    blocks.forEach((block, b) => {
      const tops = stepTops.slice(offset, offset + block.steps.length).map((r) => r.top);
      offset += block.steps.length;
      if (passing) return;
      // Geometry decides what is near now; the observer only says when to look.
      const box = blockBoxes[b]!;
      const near = box.bottom > -screen && box.top < 2 * screen;
      const jumpedTo = !block.wasNear;
      block.wasNear = near;
      if (!near) return;
      const at = activeIndex(tops, y);
      const step = block.steps[Math.max(0, at)]!;
      const state = step.dataset['state']!;
      const previous = block.active ? block.steps.indexOf(block.active) : -1;
      if (!block.chart) {
        const layout = layouts.get(block.name);
        if (!layout) {
          // Its layout arrives in a moment; until then the block stays as the build drew it.
          void loadLayout(block.name).then((loaded) => {
            layouts.set(block.name, loaded);
            schedule();
          });
          block.wasNear = false;
          return;
        }
        // A chart still below or above the screen is made in an idle moment, in a task of its
        // own: made here, its script and the drawing of its new marks fell in one scroll frame.
        if (box.bottom <= 0 || box.top >= screen) {
          prepare(block, layout);
          return;
        }
        create(block, layout, state);
      } else if (step !== block.active) {
        // One step forward or back animates; a jump over several, or onto a block that was far, does not.
        const adjacent = Math.abs(Math.max(0, at) - previous) <= 1;
        block.chart.update(state, { animate: settled && adjacent && !jumpedTo });
      }
      if (step === block.active) return;
      block.active?.removeAttribute('data-active');
      step.setAttribute('data-active', '');
      block.active = step;
      if (block.alt) block.alt.textContent = step.dataset['alt'] ?? '';
    });

    // A step stays "current" only while its block is still on screen.
    const owner = inView ? blocks.findIndex((b) => b.steps.includes(inView)) : -1;
    const id = inView && owner >= 0 && blockBoxes[owner]!.bottom > y ? inView.id : null;
    const chapterIndex = activeIndex(chapterTops, y);
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

  // Created straight in its step's state: a block reached by a jump never animates through others.
  function create(block: BlockRuntime, layout: Layout, state: string) {
    block.chart = createLiveChart(
      block.container,
      { layout },
      dataFor(block.name) as never,
      state,
      pageLocale,
    );
  }

  /** Makes a near block's chart when the page is idle, in the state of its step at the line. */
  function prepare(block: BlockRuntime, layout: Layout) {
    if (block.preparing) return;
    block.preparing = true;
    whenIdle(() => {
      block.preparing = false;
      // Made already by a resolve (the block reached the screen first), gone far, or torn down.
      if (stopped || block.chart || !block.wasNear) return;
      const y = stableHeight() * triggerOffset(wide.matches);
      const at = activeIndex(
        block.steps.map((s) => s.getBoundingClientRect().top),
        y,
      );
      create(block, layout, block.steps[Math.max(0, at)]!.dataset['state']!);
      // The next frame marks the active step and its description, as for any chart.
      schedule();
    });
  }

  let frame = 0;
  let resized = false;
  let lastWidth = window.innerWidth;
  let lastHeight = stableHeight();
  const run = () => {
    frame = 0;
    if (resized) reflow();
    resolve();
  };
  // After teardown nothing schedules: fonts and lazy layouts can still arrive then.
  const schedule = () => {
    if (!frame && !stopped) frame = requestAnimationFrame(run);
  };

  const scroller = scrollama();
  const setup = () =>
    scroller
      .setup({ step: allSteps, offset: triggerOffset(wide.matches) })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  setup();

  // Near or far: decided by the browser's own observer, so far blocks cost nothing while scrolling.
  const nearness = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const block = blocks.find((b) => b.root === entry.target);
        if (block && !entry.isIntersecting) block.chart?.finish();
      }
      schedule();
    },
    { rootMargin: NEAR_MARGIN },
  );
  for (const block of blocks) nearness.observe(block.root);

  // A change of width or of the small viewport (rotation, zoom, desktop↔phone) reflows the text.
  // Once per frame, put the reader back at the same place within the same step: the line they were
  // reading stays at the trigger line instead of another step sliding under it.
  function reflow() {
    resized = false;
    const height = stableHeight();
    if (window.innerWidth === lastWidth && height === lastHeight) return;
    lastWidth = window.innerWidth;
    lastHeight = height;
    scroller.resize();
    if (!anchor) return;
    const box = anchor.step.getBoundingClientRect();
    const y = height * triggerOffset(wide.matches);
    const delta = box.top + anchor.fraction * box.height - y;
    if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
  }
  const onResize = () => {
    resized = true;
    schedule();
  };
  const onBreakpoint = () => {
    scroller.destroy();
    setup();
    onResize();
  };
  window.addEventListener('resize', onResize);
  window.visualViewport?.addEventListener('resize', onResize);
  // Geometry is the arbiter: scrollama's observers can skip steps in a long fling, so the end of
  // every scroll resolves from the final position once.
  window.addEventListener('scrollend', schedule);
  wide.addEventListener('change', onBreakpoint);
  void doc.fonts?.ready.then(schedule);
  resolve();

  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    probe.remove();
    scroller.destroy();
    nearness.disconnect();
    window.removeEventListener('resize', onResize);
    window.visualViewport?.removeEventListener('resize', onResize);
    window.removeEventListener('scrollend', schedule);
    wide.removeEventListener('change', onBreakpoint);
    for (const block of blocks) block.chart?.destroy();
  };
}
