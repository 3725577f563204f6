/**
 * Max against WhatsApp: (rows, state, size) → scene. Features in three groups; the state's group is
 * open, the others fold to their headings. Each cell shows a status glyph (shape and colour) and a
 * few words; the full sentence and sources are in its tip. When the open group does not fit, the
 * cells fall back to the status word alone, never to clipped text.
 */
import type { Mark, Scene, Size } from '../scene';
import type { Locale } from '../../i18n/locale';
import { stateById } from '../stateById';
import { GROUPS, MARGIN } from './frame';
import type { Typography } from './frame';
import { compareStates } from './states';
import type { CompareRow } from './rows';
import { HEAD_H, chooseTier, groupHeight, isTight, tierGeometry } from './tiers';
import { columnHeadMarks, groupHeadMarks } from './heads';
import { rowMarks } from './rowMarks';
import { legendHeight, legendMarks } from './legend';

export const findCompareState = (id: string) => stateById('max-vs-whatsapp', compareStates, id);

export function layoutCompare(
  rows: CompareRow[],
  stateId: string,
  size: Size,
  locale: Locale = 'en',
): Scene {
  const { group: open } = findCompareState(stateId);
  const { width, height } = size;
  const compact = height < 380;
  const typeAt = (fontSize: number): Typography => ({
    locale,
    compact,
    fontSize,
    lh: fontSize + 3,
    labelSize: fontSize + 1,
    glyphR: compact ? 5 : 6,
  });
  // A tall frame sets the table larger, up to 15 px, as long as no group loses words for it
  // (every group keeps the tier it has at 12 px): measured text wraps into fewer lines than the
  // old estimate did, which left the table in the top half of a desktop panel. One size for every
  // state, so the table never resizes between steps.
  const base = typeAt(compact ? 11 : 12);
  const tiers = (t: Typography) => GROUPS.map((group) => chooseTier(rows, group, size, t)).join();
  const type = compact
    ? base
    : ([15, 14, 13].map(typeAt).find((t) => tiers(t) === tiers(base)) ?? base);
  const tier = chooseTier(rows, open, size, type);
  const g = tierGeometry(tier, rows, width, type);
  const marks: Mark[] = columnHeadMarks(g);

  let y = MARGIN + HEAD_H;
  for (const group of GROUPS) {
    const isOpen = group === open;
    const groupRows = rows.filter((r) => r.group === group);
    marks.push(
      ...groupHeadMarks(group, isOpen, groupRows.length, y, width, type.labelSize, locale),
    );
    // Uppercase is wider than the estimate; the titles are short enough to fit 280 px regardless.
    // Folded rows keep their marks (stable keys), shrunk onto their group's heading line.
    const folded = y + 4 + type.labelSize;
    y += groupHeight(compact);
    for (const row of groupRows) {
      marks.push(...rowMarks(row, { top: y, isOpen, folded }, tier, g, type));
      y += isOpen ? g.rowHeight(row) : 0;
    }
    if (isOpen) y += 4;
  }

  // The legend follows the table, or sits at the foot of the frame if the table fills it.
  const tight = isTight(tier);
  const legendTop = Math.min(
    height - MARGIN - legendHeight(width, tight, compact, locale) + 6,
    y + 14,
  );
  marks.push(...legendMarks(width, tight, legendTop, locale));
  return { width, height, marks };
}
