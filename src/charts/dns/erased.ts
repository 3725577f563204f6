/** The erased entry: a cross over the national DNS, and the servers crossed out as unreachable. */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { crossPath } from '../glyphs';
import type { Segment } from './arrows';
import type { Box } from './boxes';
import { factTip } from './data';
import type { FactOf } from './data';

const crossStyle = {
  fill: 'none',
  stroke: 'var(--color-blocked)',
  'stroke-width': '3',
  'stroke-linecap': 'round',
};

export function erasedMarks(
  nsdi: Box,
  connect: Segment,
  erased: boolean,
  fact: FactOf,
  locale: Locale,
): Mark[] {
  const n = nsdi;
  const crossR = Math.min(14, n.h / 2 - 2);
  const cm = connect;
  return [
    {
      key: 'erased-mark',
      tag: 'path',
      attrs: {
        d: crossPath(n.x + n.w - crossR, n.y + crossR, crossR * 1.4),
        opacity: erased ? 1 : 0,
      },
      style: { ...crossStyle },
      ...(erased ? { tip: factTip(fact('erased'), locale) } : {}),
    },
    {
      key: 'servers-cross',
      tag: 'path',
      attrs: {
        d: crossPath((cm.x1 + cm.x2) / 2, (cm.y1 + cm.y2) / 2, 11),
        opacity: erased ? 1 : 0,
      },
      style: { ...crossStyle },
    },
  ];
}
