/**
 * What the browser needs of each chart: its pure layout, and nothing the build alone uses (data
 * selection, tables, formatting for tables, source names). Each layout is its own file, loaded when
 * a block drawing it first comes near, so a reader pays only for the charts they reach.
 * The full definitions, for the build, are in registry.ts.
 */
import type { Locale } from '../i18n/locale';
import type { Scene, Size } from './scene';

export type Layout = (data: never, state: string, size: Size, locale?: Locale) => Scene;

const loaders: Record<string, () => Promise<Layout>> = {
  // These two read their long text back from the page's data table (pageText.ts).
  timeline: () => import('./timeline/pageText').then((m) => m.layoutTimelineInPage as Layout),
  audience: () => import('./audience/layout').then((m) => m.layoutAudience as Layout),
  regions: () => import('./regions/layout').then((m) => m.layoutRegions as Layout),
  'what-works': () =>
    import('./what-works/pageText').then((m) => m.layoutWhatWorksInPage as Layout),
  dns: () => import('./dns/layout').then((m) => m.layoutDns as Layout),
  'max-vs-whatsapp': () =>
    import('./max-vs-whatsapp/layout').then((m) => m.layoutCompare as Layout),
};

export const hasLayout = (name: string) => name in loaders;

const loading = new Map<string, Promise<Layout>>();
/** The chart's layout, loaded once however many blocks draw it. */
export function loadLayout(name: string): Promise<Layout> {
  let promise = loading.get(name);
  if (!promise) loading.set(name, (promise = loaders[name]!()));
  return promise;
}
