/**
 * Addresses of the two editions. English is at the site root, Russian under ru/, with the same
 * page paths and fragments below: /present/#slide-12 and /ru/present/#slide-12 are one slide.
 */
import { BASE, sitePath } from '../lib/paths';
import type { Locale } from './locale';

/** The folder an edition lives in, relative to the site root: '' or 'ru/'. */
export const editionPrefix = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);

/** A page of an edition, relative to the site root: editionPath('ru', 'present/') → '/ru/present/'. */
export const editionPath = (locale: Locale, path = '') =>
  sitePath(`${editionPrefix(locale)}${path.replace(/^\//, '')}`);

/** A page's address below the site's base ("/mirror/ru/teach/" → "ru/teach/"). */
const withinSite = (pathname: string) =>
  pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');

/** The edition of a page, from its address: pages under ru/ are Russian. */
export function localeOfPath(pathname: string): Locale {
  const rest = withinSite(pathname);
  return rest === 'ru' || rest.startsWith('ru/') ? 'ru' : 'en';
}

/** The same page in another edition: /ru/teach/ ↔ /teach/ (the fragment is the caller's). */
export function pathInEdition(pathname: string, locale: Locale): string {
  const rest = withinSite(pathname);
  const page = rest === 'ru' ? '' : rest.replace(/^ru\//, '');
  return editionPath(locale, page);
}
