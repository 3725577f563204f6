import { sitePath } from '../lib/paths';
import { getChart } from './registry';
import type { Size } from './scene';

export type StaticVariant = 'narrow' | 'wide';

/** A phone-sized layout keeps labels readable on small screens, where a scaled-down wide one would not. */
const NARROW: Size = { width: 380, height: 440 };

export const staticImageSize = (chart: string, variant: StaticVariant): Size =>
  variant === 'narrow' ? NARROW : getChart(chart).staticSize;

export const staticImagePath = (stepId: string, variant: StaticVariant) =>
  sitePath(`charts/${stepId}-${variant}.svg`);
