/**
 * Size tiers: how much each cell says, from the full sentence down to one status word. The first
 * tier whose rows fit the frame wins, so cells fall back to fewer words, never to clipped text.
 */
import { SEMIBOLD, textWidth, wrap } from '../text';
import type { FeatureGroup } from '../../data/schemas/features';
import { GROUPS, MARGIN, SIDES } from './frame';
import type { Typography } from './frame';
import { legendHeight } from './legend';
import type { CompareRow } from './rows';
import { statusWords, tightNames, tightStatusWords } from './words';

/** 'tightest' is 'tight' with 2 px less between rows: seven functions rows on a 320 × 568 phone. */
export type Tier = 'full' | 'side' | 'stacked' | 'word' | 'tight' | 'tightest';
export const isTight = (tier: Tier) => tier === 'tight' || tier === 'tightest';

/** Heights of the column heads and of each group's heading line. */
export const HEAD_H = 22;
export const groupHeight = (compact: boolean) => (compact ? 20 : 24);

/** Column geometry for one tier, and whether every cell's lines fit their column. */
export function tierGeometry(tier: Tier, rows: CompareRow[], width: number, type: Typography) {
  const { compact, fontSize, lh, labelSize, glyphR, locale } = type;
  const wide = width >= 560;
  // Tight cells hold one status word, so their one-line feature names get a wider column.
  const labelShare = isTight(tier) ? 0.38 : 0.34;
  const labelW =
    tier === 'stacked' ? 0 : wide ? Math.min(220, width * 0.28) : Math.min(130, width * labelShare);
  const cellW = (width - 2 * MARGIN - labelW) / 2;
  const textW = cellW - 2 * glyphR - 10;
  const cellLines = (row: CompareRow, side: 'max' | 'whatsapp') =>
    isTight(tier)
      ? [tightStatusWords[locale][row[side].status]]
      : tier === 'word'
        ? [statusWords[locale][row[side].status]]
        : wrap(tier === 'full' ? row[side].text : row[side].short, textW, fontSize);
  const labelLines = (row: CompareRow) =>
    tier === 'stacked'
      ? [row.feature]
      : isTight(tier)
        ? [tightNames[locale][row.id] ?? row.feature]
        : wrap(row.feature, labelW - 8, labelSize, SEMIBOLD);
  const rowHeight = (row: CompareRow) => {
    const cells = Math.max(cellLines(row, 'max').length, cellLines(row, 'whatsapp').length) * lh;
    if (isTight(tier)) return lh + (tier === 'tightest' ? 2 : 4);
    const label = labelLines(row).length * (labelSize + 2);
    return (tier === 'stacked' ? label + cells : Math.max(label, cells)) + (compact ? 6 : 10);
  };
  const fitsWidth = rows.every((row) =>
    SIDES.every((side) => cellLines(row, side).every((l) => textWidth(l, fontSize) <= textW + 0.5)),
  );
  return { labelW, cellW, textW, cellLines, labelLines, rowHeight, fitsWidth };
}

export type Geometry = ReturnType<typeof tierGeometry>;

/** The first tier whose open group fits the frame beside the heads, headings and legend. */
export function chooseTier(
  rows: CompareRow[],
  open: FeatureGroup,
  size: { width: number; height: number },
  type: Typography,
): Tier {
  const { width, height } = size;
  const openRows = rows.filter((r) => r.group === open);
  const availableFor = (tier: Tier) =>
    height -
    2 * MARGIN -
    HEAD_H -
    GROUPS.length * groupHeight(type.compact) -
    legendHeight(width, isTight(tier), type.compact, type.locale);
  const tiers: Tier[] =
    width >= 560
      ? ['full', 'side', 'word', 'tight', 'tightest']
      : ['full', 'side', 'stacked', 'word', 'tight', 'tightest'];
  return (
    tiers.find((t) => {
      const g = tierGeometry(t, rows, width, type);
      const needed = openRows.reduce((sum, r) => sum + g.rowHeight(r), 0);
      return g.fitsWidth && needed <= availableFor(t);
    }) ?? 'tightest'
  );
}
