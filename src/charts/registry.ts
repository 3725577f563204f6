/**
 * Every chart the story can name in a <Scrolly chart="…">. Adding a chart: make a folder with a
 * pure layout and a definition, then list it here.
 */
import type { ChartDefinition } from './types';
import { timeline } from './timeline';
import { audience } from './audience';
import { regions } from './regions';
import { whatWorks } from './what-works';
import { dns } from './dns';
import { maxVsWhatsapp } from './max-vs-whatsapp';

export const charts: Record<string, ChartDefinition<never>> = {
  timeline: timeline as ChartDefinition<never>,
  audience: audience as ChartDefinition<never>,
  regions: regions as ChartDefinition<never>,
  'what-works': whatWorks as ChartDefinition<never>,
  dns: dns as ChartDefinition<never>,
  'max-vs-whatsapp': maxVsWhatsapp as ChartDefinition<never>,
};

export const chartNames = Object.keys(charts);

export function getChart(name: string): ChartDefinition<never> {
  const chart = charts[name];
  if (!chart) throw new Error(`unknown chart "${name}"; known charts: ${chartNames.join(', ')}`);
  return chart;
}

export const hasState = (chart: string, state: string) =>
  charts[chart]?.states.some((s) => s.id === state) ?? false;
