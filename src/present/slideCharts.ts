/**
 * Slides past the first few link their chart's SVG file as an image (Slide.astro): readers without
 * JavaScript see it so. Once the page has loaded, and the browser is idle, the deck fetches every
 * such chart in one bundle (/present/charts.xml) and puts each inline, where it is drawn in the
 * page's own fonts, which an image cannot use, and prints (a lazy image not yet loaded prints
 * blank). Until then, or if the fetch fails, the image shows the same chart in the system's sans.
 * Usage: const stop = inlineChartsWhenIdle(root, slides);
 */
/** Each chart of the bundle sits on a line of its own: `<chart for="slide-id"><svg…></chart>`. */
const CHART_LINE = /^<chart for="([^"]+)">(.*)<\/chart>$/;

export function inlineChartsWhenIdle(root: HTMLElement, slides: HTMLElement[]): () => void {
  const url = root.dataset['charts'];
  let stopped = false;
  const idle = (work: (deadline?: IdleDeadline) => void) =>
    window.requestIdleCallback ? window.requestIdleCallback(work) : window.setTimeout(work, 1);
  /** One chart: parsed from its own line, so no task parses the whole bundle (1.3 MB) at once. */
  const inlineOne = (id: string, markup: string) => {
    const image = slides.find((s) => s.id === id)?.querySelector('img[data-slide-chart]');
    if (!image) return;
    const template = document.createElement('template');
    template.innerHTML = markup;
    const svg = template.content.querySelector('svg');
    if (svg) image.replaceWith(svg);
  };
  // A few charts per idle moment, as long as the moment lasts: the deck stays responsive.
  const inlineSome = (queue: [string, string][]) => (deadline?: IdleDeadline) => {
    if (stopped) return;
    do inlineOne(...queue.shift()!);
    while (queue.length && deadline && deadline.timeRemaining() > 8);
    if (queue.length) idle(inlineSome(queue));
  };
  const start = () =>
    idle(() => {
      if (stopped || !url || !root.querySelector('img[data-slide-chart]')) return;
      void fetch(url)
        .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
        .then((bundle) => {
          const queue: [string, string][] = [];
          for (const line of bundle.split('\n')) {
            const chart = CHART_LINE.exec(line);
            if (chart) queue.push([chart[1]!, chart[2]!]);
          }
          if (queue.length) idle(inlineSome(queue));
        })
        .catch(() => undefined);
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    stopped = true;
    window.removeEventListener('load', start);
  };
}
