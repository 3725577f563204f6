/** Measures every part of the DNS diagram agrees on. */
export const MARGIN = 8;
export const FONT = 'var(--font-sans)';
