/**
 * How tips and data tables word a row's confidence label. "confirmed" means two or more
 * publishers with an address, the supplied articles and weak sources not counted
 * (src/data/confidence.ts); the /data/ page explains it.
 */
import type { Locale, Localized } from '../i18n/locale';

const NAMES: Localized<Record<string, string>> = {
  en: {
    confirmed: 'confirmed',
    'single-source': 'single source',
    'articles-only': 'only in the two source articles',
  },
  ru: {
    confirmed: 'подтверждено',
    'single-source': 'один источник',
    'articles-only': 'только в двух исходных статьях',
  },
};

/** English names by label, as the English edition writes them. */
export const confidenceNames = NAMES.en;

export const confidenceName = (confidence: string, locale: Locale = 'en') =>
  NAMES[locale][confidence] ?? confidence;
