/**
 * Shrinks a slide's text a little at a time until it fits its box, so a long step never needs
 * scrolling on a small projector. Text is sized by the CSS variable --fit (1 = full size).
 */
const STEP = 0.05;
/** Below this the text would be too small to read from the back of a room; it may then clip. */
const FLOOR = 0.6;

export function fitText(slide: HTMLElement | undefined): void {
  for (const box of slide?.querySelectorAll<HTMLElement>('[data-fit]') ?? []) {
    let fit = 1;
    box.style.setProperty('--fit', '1');
    while (box.scrollHeight > box.clientHeight + 1 && fit > FLOOR) {
      fit -= STEP;
      box.style.setProperty('--fit', fit.toFixed(2));
    }
  }
}
