/**
 * The reading-progress bar's behaviour: fills the bar as the reader goes through #story, once
 * per frame at most. Returns its teardown. Usage: const stop = startReadingProgress();
 */
export function startReadingProgress(doc: Document = document): () => void {
  const bar = doc.querySelector<HTMLElement>('[data-reading-progress]');
  const story = doc.getElementById('story');
  if (!bar || !story) return () => undefined;
  bar.hidden = false;
  const fill = bar.firstElementChild as HTMLElement;
  let frame = 0;
  const update = () => {
    frame = 0;
    const top = story.offsetTop;
    const span = Math.max(1, story.offsetHeight - window.innerHeight);
    const done = Math.min(1, Math.max(0, (window.scrollY - top) / span));
    fill.style.transform = `scaleX(${done})`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    bar.hidden = true;
  };
}
