/**
 * A reader who goes to the very end of the page gets there and stays there while the chapters
 * without charts are laid out. Those chapters wait, at an estimated height, until they come near
 * the screen (the `chapter-plain` rule in global.css). Pressing End starts a scroll to the end as
 * estimated; on the way the last chapter is laid out, its real height replaces the estimate, and
 * the end moves away from the scroll still heading for the old one.
 */
const toEnd = (e: KeyboardEvent) =>
  e.key === 'End' || ((e.ctrlKey || e.metaKey) && e.key === 'ArrowDown');

export function startKeepEnd(doc: Document = document): () => void {
  const root = doc.documentElement;
  /** The reader is at the end, or a key has sent them there and the scroll is still on its way. */
  let atEnd = false;
  let heading = false;
  const end = () => window.scrollTo({ top: root.scrollHeight, behavior: 'instant' });
  const onKey = (e: KeyboardEvent) => {
    if (toEnd(e) && !e.defaultPrevented) heading = true;
  };
  // Read in the scroll event, before anything this frame writes: no forced layout.
  const onScroll = () => {
    atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  };
  const onScrollEnd = () => {
    if (heading && !atEnd) end();
    heading = false;
  };
  // Called after layout, before paint: the reader never sees the page short of its end.
  const observer = new ResizeObserver(() => {
    if (atEnd || heading) end();
  });
  for (const chapter of doc.querySelectorAll('.chapter-plain')) observer.observe(chapter);
  doc.addEventListener('keydown', onKey);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', onScrollEnd);
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', onKey);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('scrollend', onScrollEnd);
  };
}
