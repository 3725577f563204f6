/**
 * The browser half of every chart: joins a layout's marks into the SVG that the build rendered,
 * animates between states (instantly under reduced motion) and shows mark tips on focus, hover or
 * tap. Usage:
 *   const live = createLiveChart(container, chart, data);
 *   live.update('calls-restricted'); live.resize(); live.destroy();
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import { layoutSize } from './frameScale';
import { startChartKeyboard } from './keyboard';
import { styleString, tipLabel } from './scene';
import { fillTip } from './tipContent';
import type { Mark, Scene, Size } from './scene';
import type { Locale } from '../i18n/locale';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DURATION = 650;

export interface LiveChart {
  readonly state: string;
  update(state: string, options?: { animate?: boolean }): void;
  resize(): void;
  /** Ends any transition at once, in the current state: a chart leaving view does no more work. */
  finish(): void;
  destroy(): void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Sets an attribute only if it differs: an unchanged mark costs no style or paint work. */
function setIfChanged(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function applyStatic(el: SVGElement, mark: Mark, locale: Locale) {
  setIfChanged(el, 'data-key', mark.key);
  setIfChanged(el, 'class', mark.className ?? '');
  setIfChanged(el, 'style', mark.style ? styleString(mark.style) : '');
  if (mark.tip) {
    // Focusable by the chart's arrow keys (keyboard.ts), never a tab stop of its own.
    setIfChanged(el, 'tabindex', '-1');
    setIfChanged(el, 'role', 'img');
    setIfChanged(el, 'aria-label', tipLabel(mark.tip, locale));
  } else {
    for (const name of ['tabindex', 'role', 'aria-label']) el.removeAttribute(name);
  }
  if (mark.tag === 'text' && el.textContent !== (mark.text ?? '')) el.textContent = mark.text ?? '';
}

export function createLiveChart<Data>(
  container: HTMLElement,
  chart: { layout(data: Data, state: string, size: Size, locale?: Locale): Scene },
  data: Data,
  initialState: string,
  locale: Locale = 'en',
): LiveChart {
  const svg = container.querySelector('svg')!;
  const tip = container.querySelector<HTMLElement>('[data-tip]');
  let state = initialState;
  let size: Size = measure();
  /** The scene last drawn, and until when its transitions can run: finishing needs no new layout. */
  let scene: Scene;
  let movingUntil = 0;

  function measure(): Size {
    const box = container.getBoundingClientRect();
    return layoutSize({
      width: Math.max(280, Math.round(box.width)),
      height: Math.max(240, Math.round(box.height)),
    });
  }

  function render(next: Scene, animate: boolean) {
    scene = next;
    if (animate) movingUntil = performance.now() + DURATION;
    setIfChanged(svg, 'viewBox', `0 0 ${scene.width} ${scene.height}`);
    setIfChanged(svg, 'width', String(scene.width));
    setIfChanged(svg, 'height', String(scene.height));
    // Server-rendered marks carry no datum yet: match them to the scene by their data-key.
    const marks = select(svg)
      .selectAll<SVGElement, Mark | undefined>('[data-key]')
      .data<Mark>(scene.marks, function (this: SVGElement | Mark[], d: Mark | undefined) {
        return d ? d.key : (this as SVGElement).getAttribute('data-key')!;
      });
    marks.exit().each(function () {
      const gone = select(this);
      if (animate)
        gone
          .transition()
          .duration(DURATION / 2)
          .attr('opacity', 0)
          .remove();
      else gone.interrupt().remove();
    });
    const entered = marks
      .enter()
      .append<SVGElement>((d) => document.createElementNS(SVG_NS, d.tag))
      .each(function (d) {
        for (const [name, value] of Object.entries(d.attrs)) this.setAttribute(name, String(value));
        if (animate) this.setAttribute('opacity', '0');
      });
    const all: Selection<SVGElement, Mark, SVGSVGElement, unknown> = entered.merge(marks);
    all.order().each(function (d) {
      applyStatic(this, d, locale);
      const node = select(this);
      // Only the attributes that change are written or animated: a mark that stays put is not
      // repainted on every frame of someone else's transition.
      const changed = Object.entries(d.attrs).filter(
        ([name, value]) => this.getAttribute(name) !== String(value),
      );
      if (!animate || changed.length === 0) {
        node.interrupt();
        for (const [name, value] of changed) this.setAttribute(name, String(value));
        if (this.getAttribute('opacity') === '0' && !('opacity' in d.attrs))
          this.removeAttribute('opacity');
        return;
      }
      const t = node.transition().duration(DURATION).ease(easeCubicInOut);
      for (const [name, value] of changed) t.attr(name, value);
    });
    if (container.dataset['state'] !== state) container.dataset['state'] = state;
  }

  const draw = (animate: boolean) => render(chart.layout(data, state, size, locale), animate);

  const showTip = (target: Element | null) => {
    if (!tip) return;
    const label = target?.closest('[data-key][tabindex]');
    if (!label) {
      tip.hidden = true;
      return;
    }
    const box = label.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    const mark = select<Element, Mark | undefined>(label).datum();
    if (mark?.tip) fillTip(tip, mark.tip, locale);
    else tip.textContent = label.getAttribute('aria-label');
    tip.hidden = false;
    const left = Math.min(Math.max(0, box.left - frame.left - 20), frame.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    // Above the mark if the tip fits, else below it, else as low as the frame allows: a long tip
    // (an event's account and its dispute) covers its own mark only when nothing else fits.
    const above = box.top - frame.top - tip.offsetHeight - 8;
    const below = box.bottom - frame.top + 8;
    const fitsBelow = below + tip.offsetHeight <= frame.height;
    tip.style.top = `${above >= 0 ? above : fitsBelow ? below : Math.max(0, frame.height - tip.offsetHeight)}px`;
  };
  const onFocus = (e: Event) => showTip(e.target as Element);
  const onPointer = (e: PointerEvent) =>
    showTip(e.type === 'pointerleave' ? null : (e.target as Element));
  const onBlur = () => showTip(null);
  svg.addEventListener('focusin', onFocus);
  svg.addEventListener('focusout', onBlur);
  svg.addEventListener('pointerover', onPointer);
  svg.addEventListener('pointerleave', onPointer);
  const stopKeyboard = startChartKeyboard(svg);

  // Resize by the container's own box, without animation; ignore sub-pixel jitter.
  const observer = new ResizeObserver(() => {
    const next = measure();
    if (Math.abs(next.width - size.width) < 1 && Math.abs(next.height - size.height) < 1) return;
    size = next;
    draw(false);
  });
  observer.observe(container);
  draw(false);

  return {
    get state() {
      return state;
    },
    update(next, options = {}) {
      if (next === state) return;
      state = next;
      draw((options.animate ?? true) && !reducedMotion());
    },
    resize() {
      size = measure();
      draw(false);
    },
    finish() {
      // A chart at rest has nothing to finish: leaving view then costs no work at all.
      if (performance.now() < movingUntil) render(scene, false);
      movingUntil = 0;
    },
    destroy() {
      observer.disconnect();
      svg.removeEventListener('focusin', onFocus);
      svg.removeEventListener('focusout', onBlur);
      svg.removeEventListener('pointerover', onPointer);
      svg.removeEventListener('pointerleave', onPointer);
      stopKeyboard();
      select(svg).selectAll('*').interrupt();
    },
  };
}
