/**
 * The pages under src/pages/[...lang]/ exist once per edition: `lang` is empty for English (the
 * site root) and "ru" for the Russian edition. Usage: export const getStaticPaths = editionRoutes;
 */
import { LOCALES } from './locale';
import type { Locale } from './locale';

export const langParam = (locale: Locale) => (locale === 'en' ? undefined : locale);

export const editionRoutes = () =>
  LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
