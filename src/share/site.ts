/**
 * What the site says about itself to search engines and link previews: one place for the title,
 * description, publisher and dates. The site's address is SITE in astro.config.mjs (env SITE_URL),
 * read in pages as Astro.site.
 */
import { sitePath } from '../lib/paths';

/** Short name for card footers and og:site_name. */
export const SITE_NAME = 'Switched off';

/** The headline under the name, as the home page's share card sets it. */
export const SITE_HEADLINE = 'How Russia shut WhatsApp down, one phase at a time';

export const SITE_TITLE = `${SITE_NAME}: ${SITE_HEADLINE[0]!.toLowerCase()}${SITE_HEADLINE.slice(1)}`;

export const SITE_DESCRIPTION =
  'From restricted calls in August 2025 to erasure from the national DNS in February 2026: a sourced, step-by-step account of the WhatsApp blockade and the push to Max.';

/** Named as author and publisher in the JSON-LD Article (an organisation, not a person). */
export const PUBLISHER = 'Switched off explainer desk';

/** First publication (ISO date). Set once at launch; dateModified is the build date. */
export const PUBLISHED = '2026-11-23';

/** The share page of a chapter, and its card image, relative to the site root. */
export const sharePath = (chapterId: string) => sitePath(`s/${chapterId}/`);
export const cardPath = (chapterId: string) => sitePath(`s/${chapterId}/card.png`);
export const HOME_CARD = sitePath('og.png');
export const CARD_SIZE = { width: 1200, height: 630 } as const;
/** The frame a card's chart is laid out in (a small phone's), before the card draws it at 2×. */
export const CARD_CHART = { width: 320, height: 250 } as const;
