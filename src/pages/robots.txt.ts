/**
 * /robots.txt: everything may be crawled; with a public address (SITE_URL), where the sitemap
 * @astrojs/sitemap writes is.
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n` : ''}`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
