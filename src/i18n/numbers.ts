/**
 * Numbers as each edition writes them: "11,106" and "97.4 million" in English, "11 106" and
 * "97,4 млн" in Russian (Intl's ru-RU: a comma for decimals, a no-break space between thousands).
 */
import { INTL_TAG } from './locale';
import type { Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** A whole number with the edition's thousands separators: "11,106" / "11 106". */
export const formatInteger = (n: number, locale: Locale = 'en') =>
  numberFormat(locale, 0).format(Math.round(n));

/** A number with exactly `digits` decimals: "97.4" / "97,4". */
export const formatDecimal = (n: number, digits: number, locale: Locale = 'en') =>
  numberFormat(locale, digits).format(n);

const SCALE_WORDS: Record<Locale, { million: string; billion: string }> = {
  en: { million: 'million', billion: 'billion' },
  ru: { million: 'млн', billion: 'млрд' },
};

/**
 * Millions with `digits` decimals ("97.0 million" / "97,0 млн"); billions are written out once
 * they are whole ("85 billion" / "85 млрд"). Below a million, the full number with separators.
 * `trim` drops a trailing zero decimal ("60 million"), for round claims.
 */
export function formatAmount(n: number, digits = 1, locale: Locale = 'en', trim = false): string {
  const words = SCALE_WORDS[locale];
  if (n >= 1e9 && n % 1e8 === 0) {
    const billions = n / 1e9;
    return `${formatDecimal(billions, Number.isInteger(billions) ? 0 : 1, locale)} ${words.billion}`;
  }
  if (n >= 1e6) {
    const millions = n / 1e6;
    const shown = trim && Number.isInteger(Number(millions.toFixed(digits))) ? 0 : digits;
    return `${formatDecimal(millions, shown, locale)} ${words.million}`;
  }
  return formatInteger(n, locale);
}
