/**
 * Keyboard access to a live chart: the chart is one tab stop, arrow keys move between its marks.
 * Usage: const stop = startChartKeyboard(svg); … stop();
 *
 * The <svg> itself is the tab stop (tabindex 0, named by its aria-label, with a hint for screen
 * readers); marks carrying a label are tabindex -1. Arrow keys, Home and End move real DOM focus
 * between marks in reading order (rows top to bottom, left to right within a row); Escape hands
 * focus back to the chart. Real focus, not aria-activedescendant: every screen reader announces
 * the focused element's own label, activedescendant is poorly supported on SVG children (Safari
 * with VoiceOver) and needs a composite role the marks do not have, and the focus ring and the
 * tip already follow real focus (live.ts shows the tip on focusin).
 *
 * A chart in a sticky panel below the viewport is still in the tab order, but reaching it with
 * Tab does not scroll the page: the browser's scroll is undone in the same task, before a frame
 * is drawn, so no observer sees it and the step in view does not change.
 */
import { documentLocale } from '../i18n/locale';
import type { Localized } from '../i18n/locale';

/** Marks a reader can land on: those with a label. */
const MARKS = '[data-key][aria-label]';
const HINT: Localized = {
  en: 'Arrow keys move between the marks; Escape leaves the chart.',
  ru: 'Стрелки переводят фокус между отметками; Escape — выход из графика.',
};

let hints = 0;

/** The marks in reading order: rows of marks whose boxes overlap vertically, left to right. */
export function readingOrder<T>(items: { item: T; box: DOMRect }[]): T[] {
  const byTop = [...items].sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  const rows: (typeof items)[] = [];
  let bottom = -Infinity;
  for (const entry of byTop) {
    const row = rows.at(-1);
    if (row && entry.box.top < bottom) {
      row.push(entry);
      bottom = Math.max(bottom, entry.box.bottom);
    } else {
      rows.push([entry]);
      bottom = entry.box.bottom;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.left - b.box.left).map((e) => e.item));
}

export function startChartKeyboard(svg: SVGSVGElement): () => void {
  const doc = svg.ownerDocument;
  svg.setAttribute('tabindex', '0');
  // One visually hidden hint per chart, read after the chart's name when Tab reaches it.
  const hint = doc.createElement('span');
  hint.id = `chart-keys-${++hints}`;
  hint.className = 'sr-only';
  hint.textContent = HINT[documentLocale(doc)];
  svg.after(hint);
  svg.setAttribute('aria-describedby', hint.id);

  const marks = () =>
    readingOrder(
      [...svg.querySelectorAll<SVGElement>(MARKS)].map((item) => ({
        item,
        box: item.getBoundingClientRect(),
      })),
    );
  /** The mark focused last, so leaving and coming back resumes where the reader was. */
  let last: Element | null = null;

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = doc.activeElement;
    if (event.key === 'Escape') {
      if (focused === svg) return;
      event.preventDefault();
      svg.focus({ preventScroll: true });
      return;
    }
    const list = marks();
    if (list.length === 0) return;
    const at = list.indexOf(focused as SVGElement);
    // From the chart itself, any arrow resumes at the mark focused last, else the first.
    const resume = Math.max(0, last ? list.indexOf(last as SVGElement) : 0);
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = at < 0 ? resume : Math.min(list.length - 1, at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = at < 0 ? resume : Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = list.length - 1;
        break;
      default:
        return;
    }
    // The keys are the chart's now: they must not scroll the page behind it.
    event.preventDefault();
    list[next]!.focus({ preventScroll: true });
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    if (target !== svg && target.matches(MARKS)) last = target;
  };

  // Where the page was when Tab went down; undone if focusing the chart scrolled it.
  let tabbedFrom: number | null = null;
  const onDocKey = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    tabbedFrom = window.scrollY;
    // Only the focus move of this key press counts.
    window.setTimeout(() => (tabbedFrom = null));
  };
  const onFocus = () => {
    if (tabbedFrom !== null && window.scrollY !== tabbedFrom)
      window.scrollTo({ top: tabbedFrom, behavior: 'instant' });
  };

  svg.addEventListener('keydown', onKey);
  svg.addEventListener('focusin', onFocusIn);
  svg.addEventListener('focus', onFocus);
  doc.addEventListener('keydown', onDocKey, true);

  return () => {
    svg.removeEventListener('keydown', onKey);
    svg.removeEventListener('focusin', onFocusIn);
    svg.removeEventListener('focus', onFocus);
    doc.removeEventListener('keydown', onDocKey, true);
    svg.removeAttribute('tabindex');
    svg.removeAttribute('aria-describedby');
    hint.remove();
  };
}
