/**
 * Which step is "in view" is decided by geometry alone, never by the order of scroll events: the
 * last step whose top has passed the trigger line. That makes fast jumps, reloads and resizes
 * land on the right step, whatever events fired on the way.
 */

/** Wide screens read beside a sticky chart; phones read below one that takes the top half. */
export const WIDE_QUERY = '(min-width: 1024px)';
export const triggerOffset = (wide: boolean): 0.5 | 0.7 => (wide ? 0.5 : 0.7);

export function activeIndex(tops: number[], triggerY: number): number {
  let active = -1;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
