/** Where bars are too narrow to name their service, a key names each colour once, on that row. */
import type { Mark } from '../scene';
import { BOLD, textMark, textWidth } from '../text';
import { colorOf } from './report';
import type { RegionReport } from './report';
import type { Locale } from '../../i18n/locale';
import { regionWords } from './words';

const kinds = [
  {
    key: 'whatsapp',
    label: 'WhatsApp',
    match: (r: RegionReport) => r.services.length === 1 && r.services[0] === 'whatsapp',
  },
  {
    key: 'telegram',
    label: 'Telegram',
    match: (r: RegionReport) => r.services.length === 1 && r.services[0] === 'telegram',
  },
  { key: 'both', label: 'Both', match: (r: RegionReport) => r.services.length > 1 },
];
const labelOf = (kind: (typeof kinds)[number], locale: Locale) =>
  kind.key === 'both' ? regionWords[locale].both : kind.label;

/** A swatch and name for each kind of report shown, from `left` along the baseline `y`. */
export function serviceKeyMarks(
  shown: RegionReport[],
  left: number,
  y: number,
  locale: Locale = 'en',
): Mark[] {
  const marks: Mark[] = [];
  let kx = left;
  for (const kind of kinds) {
    const report = shown.find(kind.match);
    if (!report) continue;
    marks.push({
      key: `key-${kind.key}`,
      tag: 'rect',
      attrs: { x: kx, y: y - 9, width: 10, height: 10, opacity: 1 },
      style: { fill: colorOf(report) },
    });
    marks.push(
      textMark(
        `key-${kind.key}-label`,
        labelOf(kind, locale),
        { x: kx + 14, y, 'font-size': 11, 'font-weight': 700 },
        colorOf(report),
      ),
    );
    kx += 14 + textWidth(labelOf(kind, locale), 11, BOLD) + 12;
  }
  return marks;
}
