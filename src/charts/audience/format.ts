/**
 * How the audience chart writes numbers: "97.0 million" in tips, "97.0M" in labels; in Russian
 * "97,0 млн" in both.
 */
import type { Locale } from '../../i18n/locale';
import { formatDecimal } from '../../i18n/numbers';

export type Qualifier = 'over' | 'about' | undefined;

const prefix = (qualifier: Qualifier) =>
  qualifier === 'over' ? '>' : qualifier === 'about' ? '~' : '';

export function formatPeople(
  value: number,
  qualifier?: Qualifier,
  short = false,
  locale: Locale = 'en',
): string {
  if (locale === 'ru') {
    const millions = formatDecimal(value / 1e6, 1, 'ru');
    const word = qualifier === 'over' ? 'более ' : qualifier === 'about' ? 'около ' : '';
    return short ? `${prefix(qualifier)}${millions} млн` : `${word}${millions} млн`;
  }
  const millions = (value / 1e6).toFixed(1);
  return `${prefix(qualifier)}${millions}${short ? 'M' : ' million'}`;
}
