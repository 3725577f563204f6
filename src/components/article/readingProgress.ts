/**
 * The reading-progress bar's behaviour: fills the bar as the reader goes through #story, once
 * per frame at most. Returns its teardown. Usage: const stop = startReadingProgress();
 *
 * The story's position and height change only when it is laid out anew (fonts, a resize, a
 * table opened), so they are measured then, by a ResizeObserver, not on every frame: reading
 * them in a frame after a chart transition wrote its marks forced a layout of the whole page.
 */
export function startReadingProgress(doc: Document = document): () => void {
  const bar = doc.querySelector<HTMLElement>('[data-reading-progress]');
  const story = doc.getElementById('story');
  if (!bar || !story) return () => undefined;
  bar.hidden = false;
  const fill = bar.firstElementChild as HTMLElement;
  let top = 0;
  let span = 1;
  let scrollY = window.scrollY;
  let frame = 0;
  const draw = () => {
    frame = 0;
    const done = Math.min(1, Math.max(0, (scrollY - top) / span));
    fill.style.transform = `scaleX(${done})`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const measure = () => {
    top = story.offsetTop;
    span = Math.max(1, story.offsetHeight - window.innerHeight);
    schedule();
  };
  // The scroll event comes before the frame's animations write, while layout is still clean.
  const onScroll = () => {
    scrollY = window.scrollY;
    schedule();
  };
  const resized = new ResizeObserver(measure);
  resized.observe(story);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', measure, { passive: true });
  // The observer's first call, after the page's first layout, is the first measure: reading
  // geometry here, while the page is still being set up, would force a layout of its own.
  draw();
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', measure);
    bar.hidden = true;
  };
}
