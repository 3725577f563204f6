/**
 * Deep links in the browser. A link to a chapter or step opens exactly there, and stays there
 * while web fonts and images load; as the reader scrolls, the address bar follows the step in
 * view (replaceState, so the back button is never filled with steps). Listens to the engine's
 * `story:step` event, never to scrollama. Call before startStory(), so the engine's first,
 * instant resolve already sees the landing position. Returns its teardown.
 */
import type { StepDetail } from '../scroll/engine';
import { fragmentId, withFragment } from './fragment';

// Trailing delay before the address is rewritten: a fling through ten steps writes it once
// (Safari throws after 100 history calls in 30 s).
const WRITE_DELAY_MS = 150;

export function startDeepLinks(doc: Document = document): () => void {
  const id = fragmentId(location.hash);
  // getElementById, never querySelector: the fragment is untrusted text, not a selector.
  const target = id ? doc.getElementById(id) : null;
  let moved = false;
  let stopped = false;
  const land = () => {
    if (target && !moved && !stopped)
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  const onGesture = () => (moved = true);
  const gestures = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const name of gestures) window.addEventListener(name, onGesture, { passive: true });
  land();
  // Fonts and images change line heights after the first layout: re-assert the anchor until
  // the reader moves.
  void doc.fonts?.ready.then(land);
  window.addEventListener('load', land);

  let address: string | null = null;
  let seenFirst = false;
  let timer = 0;
  const write = () => {
    timer = 0;
    const next = withFragment(location.href, address);
    if (next === location.href) return;
    try {
      history.replaceState(history.state, '', next);
    } catch {
      // A browser that rate-limits history calls keeps the previous address; nothing breaks.
    }
  };
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, WRITE_DELAY_MS);
  };
  const onStep = (event: Event) => {
    const { id: step, chapter } = (event as CustomEvent<StepDetail>).detail;
    address = step ?? chapter;
    // The engine's first event describes where the page landed: the address already says so.
    if (!seenFirst) {
      seenFirst = true;
      return;
    }
    // Between blocks only the chapter is known; until the reader moves, the landing anchor stands.
    if (step === null && target && !moved) return;
    later();
  };
  doc.addEventListener('story:step', onStep);

  return () => {
    // Fonts can finish loading after teardown; land() must not scroll a page that moved on.
    stopped = true;
    window.clearTimeout(timer);
    for (const name of gestures) window.removeEventListener(name, onGesture);
    window.removeEventListener('load', land);
    doc.removeEventListener('story:step', onStep);
  };
}
