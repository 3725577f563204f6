/** Measures every part of the regions chart agrees on. */
export const MARGIN = 12;
export const NARROW = 560;
/** Just above the largest count (68), so the tallest bar nearly fills the plot. */
export const Y_MAX = 75;
