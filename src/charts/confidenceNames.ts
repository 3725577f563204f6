/**
 * How tips and data tables word a row's confidence label. "confirmed" means two or more
 * publishers with an address, the supplied articles and weak sources not counted
 * (src/data/confidence.ts); the /data/ page explains it.
 */
export const confidenceNames: Record<string, string> = {
  confirmed: 'confirmed',
  'single-source': 'single source',
  'articles-only': 'only in the two source articles',
};
