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
import type { ChartDefinition } from './types';
import { layoutSize } from './frameScale';
import { styleString, tipLabel } from './scene';
import type { Mark, Scene, Size } from './scene';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DURATION = 650;

export interface LiveChart {
  readonly state: string;
  update(state: string, options?: { animate?: boolean }): void;
  resize(): void;
  destroy(): void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function applyStatic(el: SVGElement, mark: Mark) {
  el.setAttribute('data-key', mark.key);
  el.setAttribute('class', mark.className ?? '');
  el.setAttribute('style', mark.style ? styleString(mark.style) : '');
  if (mark.tip) {
    const label = tipLabel(mark.tip);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
  } else {
    for (const name of ['tabindex', 'role', 'aria-label']) el.removeAttribute(name);
  }
  if (mark.tag === 'text') el.textContent = mark.text ?? '';
}

export function createLiveChart<Data>(
  container: HTMLElement,
  chart: ChartDefinition<Data>,
  data: Data,
  initialState: string,
): LiveChart {
  const svg = container.querySelector('svg')!;
  const tip = container.querySelector<HTMLElement>('[data-tip]');
  let state = initialState;
  let size: Size = measure();

  function measure(): Size {
    const box = container.getBoundingClientRect();
    return layoutSize({
      width: Math.max(280, Math.round(box.width)),
      height: Math.max(240, Math.round(box.height)),
    });
  }

  function render(scene: Scene, animate: boolean) {
    svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
    svg.setAttribute('width', String(scene.width));
    svg.setAttribute('height', String(scene.height));
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
      applyStatic(this, d);
      const node = select(this);
      if (!animate) {
        node.interrupt();
        for (const [name, value] of Object.entries(d.attrs)) this.setAttribute(name, String(value));
        return;
      }
      const t = node.transition().duration(DURATION).ease(easeCubicInOut);
      for (const [name, value] of Object.entries(d.attrs)) t.attr(name, value);
    });
    container.dataset['state'] = state;
  }

  const draw = (animate: boolean) => render(chart.layout(data, state, size), animate);

  const showTip = (target: Element | null) => {
    if (!tip) return;
    const label = target?.closest('[data-key][tabindex]');
    if (!label) {
      tip.hidden = true;
      return;
    }
    const box = label.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    tip.textContent = label.getAttribute('aria-label');
    tip.hidden = false;
    const left = Math.min(Math.max(0, box.left - frame.left - 20), frame.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, box.top - frame.top - tip.offsetHeight - 8)}px`;
  };
  const onFocus = (e: Event) => showTip(e.target as Element);
  const onPointer = (e: PointerEvent) =>
    showTip(e.type === 'pointerleave' ? null : (e.target as Element));
  const onBlur = () => showTip(null);
  svg.addEventListener('focusin', onFocus);
  svg.addEventListener('focusout', onBlur);
  svg.addEventListener('pointerover', onPointer);
  svg.addEventListener('pointerleave', onPointer);

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
    destroy() {
      observer.disconnect();
      svg.removeEventListener('focusin', onFocus);
      svg.removeEventListener('focusout', onBlur);
      svg.removeEventListener('pointerover', onPointer);
      svg.removeEventListener('pointerleave', onPointer);
      select(svg).selectAll('*').interrupt();
    },
  };
}
