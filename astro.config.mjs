// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// The public address of the site: share cards, canonical links and the sitemap read it from here.
export const SITE = process.env.SITE_URL ?? 'https://whatsapp-blockade.example.org';

export default defineConfig({
  site: SITE,
  // Lets parallel builds keep separate caches (ASTRO_CACHE_DIR) next to separate --outDir.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
  build: {
    // Inline small CSS to save a request on slow, censored networks.
    inlineStylesheets: 'auto',
  },
});
