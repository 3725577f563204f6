/**
 * A reader who goes to the very end of the page gets there and stays there while the chapters
 * without charts are laid out. Those chapters wait, at an estimated height, until they come near
 * the screen (the `chapter-plain` rule in global.css), so the end moves as they are drawn.
 *
 * The End key (and Ctrl or Cmd with ↓) goes to the end at once: the browser's own smooth scroll
 * heads for the end as estimated, and when the real height replaced the estimate on the way, it
 * went on moving the page after the reader had already turned back up. A reader at the end is
 * kept there as the heights settle.
 */
const toEnd = (e: KeyboardEvent) =>
  !e.altKey &&
  !e.shiftKey &&
  (e.key === 'End' || ((e.ctrlKey || e.metaKey) && e.key === 'ArrowDown'));

/** Where End means something else: a text field, or a box with its own scrolling (a data table). */
const OWN_END = 'input, textarea, select, [contenteditable], .data-table-scroll';

export function startKeepEnd(doc: Document = document): () => void {
  const root = doc.documentElement;
  let atEnd = false;
  const end = () => {
    window.scrollTo({ top: root.scrollHeight, behavior: 'instant' });
    atEnd = true;
  };
  const onKey = (e: KeyboardEvent) => {
    // A chart's own keys (End goes to its last mark) have answered first and prevented this.
    if (!toEnd(e) || e.defaultPrevented) return;
    if (e.target instanceof Element && e.target.closest(OWN_END)) return;
    e.preventDefault();
    end();
  };
  // Read in the scroll event, before anything this frame writes: no forced layout.
  const onScroll = () => {
    atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  };
  // Called after layout, before paint: the reader never sees the page short of its end.
  const observer = new ResizeObserver(() => {
    if (atEnd) end();
  });
  for (const chapter of doc.querySelectorAll('.chapter-plain')) observer.observe(chapter);
  doc.addEventListener('keydown', onKey);
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', onKey);
    window.removeEventListener('scroll', onScroll);
  };
}
