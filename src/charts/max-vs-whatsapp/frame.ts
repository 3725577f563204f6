/** Measures and orderings every part of the comparison table agrees on. */
import type { FeatureGroup } from '../../data/schemas/features';
import type { Locale } from '../../i18n/locale';

export const MARGIN = 8;
export const FONT = 'var(--font-sans)';
export const GROUPS: FeatureGroup[] = ['functions', 'encryption', 'data'];
export const SIDES = ['max', 'whatsapp'] as const;

/** Type and glyph sizes, smaller on short frames, and the edition whose words are set. */
export interface Typography {
  locale: Locale;
  compact: boolean;
  fontSize: number;
  lh: number;
  labelSize: number;
  glyphR: number;
}
