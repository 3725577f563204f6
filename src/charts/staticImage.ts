import { editionPath } from '../i18n/paths';
import type { Locale } from '../i18n/locale';
import { getChart } from './registry';
import type { Size } from './scene';
import { SLIDE_CHART } from '../present/slides';

export type StaticVariant = 'narrow' | 'wide' | 'print' | 'slide';

/** A phone-sized layout keeps labels readable on small screens, where a scaled-down wide one would not. */
const NARROW: Size = { width: 380, height: 440 };

/**
 * On paper the chart sits beside its step's text, 88 mm wide: laid out at 420×300 it prints its
 * 11 px labels at about 6.5 pt, where the 720 px wide layout would shrink them to 4 pt.
 */
export const PRINT: Size = { width: 420, height: 300 };

const SIZES: Partial<Record<StaticVariant, Size>> = {
  narrow: NARROW,
  print: PRINT,
  slide: SLIDE_CHART,
};

export const staticImageSize = (chart: string, variant: StaticVariant): Size =>
  SIZES[variant] ?? getChart(chart).staticSize;

/** Each edition's images are its own: /charts/… and /ru/charts/…, drawn in its language. */
export const staticImagePath = (stepId: string, variant: StaticVariant, locale: Locale = 'en') =>
  editionPath(locale, `charts/${stepId}-${variant}.svg`);
