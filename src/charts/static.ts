/** Build-time rendering: a chart in one state as an SVG string, from the same layout the browser runs. */
import { readDataset } from '../data/dataset';
import type { Locale } from '../i18n/locale';
import { getChart } from './registry';
import { toSvgString } from './scene';
import type { Mark, Size } from './scene';
import { markTextWidth } from './text';

export interface StaticOptions {
  /** Accessible name: the chart title for a live figure, the step's text alternative for a copy. */
  label: string;
  size?: Size;
  interactive?: boolean;
  /**
   * For an SVG file shown as an image (no-JS and print copies): such an image cannot use the
   * page's web fonts, so it is drawn in the reader's own sans-serif, up to a fifth wider than the
   * IBM Plex Sans the layout measured. Each label is then held to its measured length.
   */
  holdTextLength?: boolean;
  /** The edition: its words, dates and numbers, and its rows' Russian text. */
  locale?: Locale;
}

/** A label set to exactly the width the layout gave it, whatever font the viewer has. */
const heldText = (m: Mark): Mark =>
  m.tag === 'text' && m.text
    ? {
        ...m,
        attrs: {
          ...m.attrs,
          textLength: Math.round(markTextWidth(m) * 10) / 10,
          lengthAdjust: 'spacingAndGlyphs',
        },
      }
    : m;

export function staticSvg(chartName: string, state: string, options: StaticOptions): string {
  const chart = getChart(chartName);
  const locale = options.locale ?? 'en';
  const size = options.size ?? chart.staticSize;
  const scene = chart.layout(chart.select(readDataset(locale)), state, size, locale);
  const marks = options.holdTextLength ? scene.marks.map(heldText) : scene.marks;
  return toSvgString({ ...scene, marks }, options.label, options.interactive ?? true, '', locale);
}

/** The chart's data slice in an edition, for the browser to lay out at its real size. */
export const chartData = (chartName: string, locale: Locale = 'en') =>
  getChart(chartName).select(readDataset(locale));
