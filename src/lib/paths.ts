/**
 * Addresses inside the site, relative to its root: `BASE_PATH` (Astro's `base`) when the site is
 * served from a sub-path such as /mirror/, else `/`. Never the public domain, so a copy of dist/
 * works on any host. Usage: sitePath('present/') → '/mirror/present/'.
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const sitePath = (path = '') => `${base}${path.replace(/^\//, '')}`;

/** The base itself, for tests and code that strip it from a pathname. */
export const BASE = base;
