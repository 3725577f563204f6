// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { subsetFonts } from './src/fonts/integration.ts';
import { oneFileEdition } from './src/offline/integration.ts';

// The public address of the site, if it has one: only tags that must be absolute (canonical,
// og:url, og:image, JSON-LD, sitemap) read it, and they are left out when it is unset, so no
// built file names an invented domain. Links, scripts and fonts never depend on it.
export const SITE = process.env.SITE_URL || undefined;
// A sub-path the whole site is served under (a mirror at https://host/mirror/): BASE_PATH=/mirror/.
export const BASE = process.env.BASE_PATH || '/';

const CONTENT = fileURLToPath(new URL('./content/', import.meta.url));

/**
 * In `astro dev`, any edit under content/ reloads the page. The story and data readers read files
 * themselves (src/story/model.ts, src/data/dataset.ts), outside Vite's module graph, so Vite
 * would not know; they re-read a folder when its files change, and the reload shows the result
 * or the same validation error a build gives.
 */
const reloadOnContent = () => ({
  name: 'reload-on-content',
  /** @param {import('vite').ViteDevServer} server */
  configureServer(server) {
    server.watcher.add(CONTENT);
    const reload = (/** @type {string} */ file) => {
      if (file.startsWith(CONTENT)) server.ws.send({ type: 'full-reload', path: '*' });
    };
    for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, reload);
  },
});

/**
 * The prose face (PT Serif) loads with `font-display: optional`: if it is not there by the first
 * paint, this page view keeps the fallback instead of reflowing the masthead under the reader
 * (a layout shift of 0.3 on a phone). The sans faces keep `swap`: chart labels are fitted to
 * their metrics (src/charts/fonts/), so they must be drawn in them.
 */
const proseFontOptional = () => ({
  name: 'prose-font-optional',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/@fontsource\/pt-serif\/.*\.css$/.test(id)) return null;
    return code.replaceAll('font-display: swap', 'font-display: optional');
  },
});

export default defineConfig({
  ...(SITE ? { site: SITE } : {}),
  base: BASE,
  // Lets parallel builds keep separate caches (ASTRO_CACHE_DIR) next to separate --outDir.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  integrations: [
    mdx(),
    // Only with a public address (SITE_URL): a sitemap lists absolute URLs, both editions, each
    // page with its other-language alternate. Share pages (/s/…/) only redirect to the article,
    // so they are no destination.
    ...(SITE
      ? [
          sitemap({
            filter: (page) => !/\/s\/[^/]+\/$/.test(page),
            i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru' } },
          }),
        ]
      : []),
    // Fonts first: the one-file edition embeds the cut files.
    subsetFonts(),
    oneFileEdition(),
  ],
  vite: {
    plugins: [proseFontOptional(), tailwindcss(), reloadOnContent()],
  },
  build: {
    // Inline small CSS to save a request on slow, censored networks.
    inlineStylesheets: 'auto',
  },
});
