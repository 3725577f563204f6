/**
 * /sitemap.xml: every page readers land on. Pages are found from src/pages itself, so a new page
 * is listed without an edit here; share pages (/s/…) only redirect to the article, and the 404
 * page is no destination, so neither is listed.
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths';

const pageFiles = Object.keys(import.meta.glob('./**/*.astro'));

/** './index.astro' → '/', './present/index.astro' → '/present/', './about.astro' → '/about/'. */
const pagePath = (file: string) =>
  `/${file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

export const GET: APIRoute = ({ site }) => {
  // A sitemap lists absolute addresses: without a public one (SITE_URL) it lists none rather
  // than invent a domain, and robots.txt does not point to it.
  if (!site)
    return new Response(sitemapXml(''), { headers: { 'content-type': 'application/xml' } });
  const today = new Date().toISOString().slice(0, 10);
  const paths = pageFiles
    .filter((file) => !file.includes('[') && !/(^|\/)(404|500)\.astro$/.test(file))
    .map(pagePath)
    .sort();
  const urls = paths
    .map(
      (path) =>
        `  <url><loc>${new URL(sitePath(path), site).href}</loc><lastmod>${today}</lastmod></url>`,
    )
    .join('\n');
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml' } });
};

const sitemapXml = (urls: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
