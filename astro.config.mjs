// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { oneFileEdition } from './src/offline/integration.ts';

// The public address of the site, if it has one: only tags that must be absolute (canonical,
// og:url, og:image, JSON-LD, sitemap) read it, and they are left out when it is unset, so no
// built file names an invented domain. Links, scripts and fonts never depend on it.
export const SITE = process.env.SITE_URL || undefined;
// A sub-path the whole site is served under (a mirror at https://host/mirror/): BASE_PATH=/mirror/.
export const BASE = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(SITE ? { site: SITE } : {}),
  base: BASE,
  // Lets parallel builds keep separate caches (ASTRO_CACHE_DIR) next to separate --outDir.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  integrations: [mdx(), oneFileEdition()],
  vite: {
    plugins: [tailwindcss()],
  },
  build: {
    // Inline small CSS to save a request on slow, censored networks.
    inlineStylesheets: 'auto',
  },
});
