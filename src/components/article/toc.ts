/**
 * Marks the chapter in view: in the contents list (aria-current) and in the fixed "now reading"
 * link. Which chapter is in view is the scroll engine's answer (src/scroll/engine.ts), so the
 * contents, the address bar and the charts never disagree.
 */
import type { StepDetail } from '../../scroll/engine';

export function startToc(): () => void {
  const links = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')].map((a) => [
      a.dataset['tocLink']!,
      a,
    ]),
  );
  const here = document.querySelector<HTMLAnchorElement>('[data-toc-here]');
  const label = here?.querySelector<HTMLElement>('[data-toc-here-label]');
  const count = here?.querySelector<HTMLElement>('[data-toc-here-count]');
  const order = [...document.querySelectorAll<HTMLElement>('section[data-chapter]')].map(
    (s) => s.id,
  );
  let current: string | null = null;

  const mark = (id: string | null) => {
    if (id === current) return;
    current = id;
    for (const [chapter, link] of links) {
      if (chapter === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    if (!here || !label || !count) return;
    here.hidden = id === null;
    if (!id) return;
    count.textContent = `${order.indexOf(id) + 1}/${order.length}`;
    label.textContent = ` · ${links.get(id)?.textContent?.trim() ?? ''}`;
  };

  const onStep = (event: Event) => mark((event as CustomEvent<StepDetail>).detail.chapter);
  document.addEventListener('story:step', onStep);
  // The engine may have resolved the page before this script ran.
  mark(document.documentElement.dataset['storyChapter'] || null);

  return () => document.removeEventListener('story:step', onStep);
}
