/** Build-time rendering: a chart in one state as an SVG string, from the same layout the browser runs. */
import { readDataset } from '../data/dataset';
import { getChart } from './registry';
import { toSvgString } from './scene';
import type { Size } from './scene';

export interface StaticOptions {
  /** Accessible name: the chart title for a live figure, the step's text alternative for a copy. */
  label: string;
  size?: Size;
  interactive?: boolean;
}

export function staticSvg(chartName: string, state: string, options: StaticOptions): string {
  const chart = getChart(chartName);
  const scene = chart.layout(chart.select(readDataset()), state, options.size ?? chart.staticSize);
  return toSvgString(scene, options.label, options.interactive ?? true);
}

/** The chart's data slice, for the browser to lay out at its real size. */
export const chartData = (chartName: string) => getChart(chartName).select(readDataset());
