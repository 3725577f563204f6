/** Measures every part of the timeline agrees on. */

/** Below this width the timeline is laid out for a phone: fewer ticks, full-width labels. */
export const NARROW = 560;
export const MARGIN = 12;
/** Room under the lanes for the tick marks and their labels. */
export const AXIS_HEIGHT = 28;
export const DOT = 4.5;
export const DOT_ACTIVE = 7;
/** A lane needs its name (12 px) and one row of dots under it (centre 24 px down, radius up to 7). */
export const MIN_BAND = 32;
