/**
 * Slides past the first few link their chart's SVG file instead of carrying it (Slide.astro). As
 * a slide comes within reach of the current one, its chart is fetched and put inline, where it is
 * drawn in the page's own fonts; an image cannot use them. Once the page has loaded, the rest
 * follow one at a time while the browser is idle, so the deck prints whole (a lazy image left
 * unloaded prints blank). If a fetch fails the image stays: the same chart, in the system's sans.
 * Usage: inlineChart(slide); const stop = inlineAllWhenIdle(slides);
 */
export function inlineChart(slide: HTMLElement | undefined): Promise<void> {
  const image = slide?.querySelector<HTMLImageElement>('img[data-slide-chart]');
  if (!image || image.hasAttribute('data-inlining')) return Promise.resolve();
  image.setAttribute('data-inlining', '');
  return fetch(image.src)
    .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
    .then((text) => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      if (svg.localName === 'svg') image.replaceWith(document.importNode(svg, true));
    })
    .catch(() => image.removeAttribute('data-inlining'));
}

export function inlineAllWhenIdle(slides: HTMLElement[]): () => void {
  let stopped = false;
  const idle = (work: () => void) =>
    window.requestIdleCallback ? window.requestIdleCallback(work) : window.setTimeout(work, 200);
  const next = (i: number) => {
    if (stopped || i >= slides.length) return;
    void inlineChart(slides[i]).then(() => idle(() => next(i + 1)));
  };
  const start = () => idle(() => next(0));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    stopped = true;
    window.removeEventListener('load', start);
  };
}
