/**
 * The site's two editions. English is the default and lives at the root; Russian lives under
 * /ru/ with the same ids, so a step's address differs only by that prefix.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** One text per edition. */
export type Localized<T = string> = Record<Locale, T>;

export const DEFAULT_LOCALE: Locale = 'en';

/** The tag Intl formats with: British English, Russian as written in Russia. */
export const INTL_TAG: Localized = { en: 'en-GB', ru: 'ru-RU' };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The other edition: where the language switch goes. */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'ru' : 'en');

/** The edition a browser page is in, from its <html lang>: English unless it says Russian. */
export const documentLocale = (doc: Document): Locale =>
  doc.documentElement.lang === 'ru' ? 'ru' : 'en';
