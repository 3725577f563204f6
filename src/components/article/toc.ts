/**
 * Marks the chapter in view: in the contents list (aria-current) and in the fixed "now reading"
 * link. A chapter counts as in view when it crosses a line just above the middle of the viewport;
 * the `story:step` event also moves the mark at once after a fast jump (a deep link, the End key).
 */
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
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-chapter]')];
  const order = sections.map((s) => s.id);
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

  // A thin band 40% down the viewport: whichever chapter covers it is the one being read.
  const observer = new IntersectionObserver(
    (entries) => {
      const hit = entries.filter((e) => e.isIntersecting).at(-1);
      if (hit) mark(hit.target.id);
      else if (window.scrollY < (sections[0]?.offsetTop ?? 0) - window.innerHeight * 0.4)
        mark(null);
    },
    { rootMargin: '-40% 0px -59% 0px' },
  );
  sections.forEach((s) => observer.observe(s));

  const onStep = (event: Event) => {
    const id = (event as CustomEvent<{ id: string }>).detail.id;
    mark(document.getElementById(id)?.closest<HTMLElement>('section[data-chapter]')?.id ?? current);
  };
  document.addEventListener('story:step', onStep);

  return () => {
    observer.disconnect();
    document.removeEventListener('story:step', onStep);
  };
}
