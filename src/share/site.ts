/**
 * What the site says about itself to search engines and link previews: one place for the title,
 * description, publisher and dates. The site's address is SITE in astro.config.mjs (env SITE_URL),
 * read in pages as Astro.site.
 */
import { editionPath } from '../i18n/paths';
import type { Locale } from '../i18n/locale';
import { UI } from '../i18n/ui';

// Each edition's name, headline, title and description are in src/i18n/ui.ts (UI[locale].site).

/** Short name for card footers and og:site_name (English edition). */
export const SITE_NAME = UI.en.site.name;

/** The headline under the name, as the home page's share card sets it. */
export const SITE_HEADLINE = UI.en.site.headline;

export const SITE_TITLE = UI.en.site.title;

export const SITE_DESCRIPTION = UI.en.site.description;

/** Named as author and publisher in the JSON-LD Article (an organisation, not a person). */
export const PUBLISHER = UI.en.site.publisher;

/** First publication (ISO date). Set once at launch; dateModified is the build date. */
export const PUBLISHED = '2026-11-23';

/** The share page of a chapter, and its card image, relative to the site root. */
export const sharePath = (chapterId: string, locale: Locale = 'en') =>
  editionPath(locale, `s/${chapterId}/`);
export const cardPath = (chapterId: string, locale: Locale = 'en') =>
  editionPath(locale, `s/${chapterId}/card.png`);
export const homeCardPath = (locale: Locale = 'en') => editionPath(locale, 'og.png');
export const HOME_CARD = homeCardPath('en');
export const CARD_SIZE = { width: 1200, height: 630 } as const;
/** The frame a card's chart is laid out in (a small phone's), before the card draws it at 2×. */
export const CARD_CHART = { width: 320, height: 250 } as const;
