/** The what-works grid's plain (unhaloed) text mark, placed by its baseline. */
import type { Mark } from '../scene';

export const FONT = 'var(--font-sans)';

export const textAt = (
  key: string,
  x: number,
  y: number,
  value: string,
  size: number,
  extra: Record<string, number | string> = {},
  style: Record<string, string> = {},
): Mark => ({
  key,
  tag: 'text',
  attrs: { x, y, 'font-size': size, opacity: 1, ...extra },
  style: { fill: 'var(--color-ink)', 'font-family': FONT, ...style },
  text: value,
});
