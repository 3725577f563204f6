/**
 * Slides past the first few link their chart's SVG file as an image (Slide.astro): readers without
 * JavaScript see it so. Once the page has loaded, and the browser is idle, the deck fetches every
 * such chart in one bundle (/present/charts.xml) and puts each inline, where it is drawn in the
 * page's own fonts, which an image cannot use, and prints (a lazy image not yet loaded prints
 * blank). Until then, or if the fetch fails, the image shows the same chart in the system's sans.
 * Usage: const stop = inlineChartsWhenIdle(root, slides);
 */
export function inlineChartsWhenIdle(root: HTMLElement, slides: HTMLElement[]): () => void {
  const url = root.dataset['charts'];
  let stopped = false;
  const inline = (bundle: string) => {
    const charts = new DOMParser().parseFromString(bundle, 'application/xml');
    for (const chart of charts.querySelectorAll('chart[for]')) {
      const slide = slides.find((s) => s.id === chart.getAttribute('for'));
      const image = slide?.querySelector('img[data-slide-chart]');
      const svg = chart.querySelector('svg');
      if (image && svg) image.replaceWith(document.importNode(svg, true));
    }
  };
  const start = () => {
    const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 1));
    idle(() => {
      if (stopped || !url || !root.querySelector('img[data-slide-chart]')) return;
      void fetch(url)
        .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
        .then((bundle) => stopped || inline(bundle))
        .catch(() => undefined);
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    stopped = true;
    window.removeEventListener('load', start);
  };
}
