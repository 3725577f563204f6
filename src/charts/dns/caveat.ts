/**
 * The caveat on the way round, under WhatsApp's servers; on narrow frames the box below the
 * servers is the VPN, so the caveat takes the grid's empty corner under it instead.
 */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { halo } from '../text';
import { FONT } from './frame';
import type { Box } from './boxes';
import { factTip } from './data';
import type { DnsFact } from './data';
import { caveatLines } from './words';

const wSize = 11;

export function caveatMarks(
  under: Box,
  narrow: boolean,
  shown: boolean,
  warn: DnsFact,
  locale: Locale,
): Mark[] {
  return caveatLines[locale].map((line, i) => ({
    key: i === 0 ? 'interfere' : `interfere-${i}`,
    tag: 'text',
    attrs: {
      x: narrow ? under.cx : under.x + under.w,
      y: under.y + under.h + 14 + i * (wSize + 3),
      'font-size': wSize,
      'text-anchor': narrow ? 'middle' : 'end',
      opacity: shown ? 1 : 0,
    },
    style: { fill: 'var(--color-blocked)', 'font-family': FONT, 'font-weight': '600', ...halo },
    text: line,
    ...(shown && i === 0 ? { tip: factTip(warn, locale) } : {}),
  }));
}
