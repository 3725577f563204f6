/**
 * One feature's row: its name, and per messenger a focusable cell with a status glyph and a few
 * words. Folded rows keep their marks (stable keys), collapsed onto their group's heading.
 */
import type { Mark } from '../scene';
import { FONT, MARGIN, SIDES } from './frame';
import type { Typography } from './frame';
import type { CompareRow } from './rows';
import { statusGlyph } from './status';
import { claimWords, statusWords } from './words';
import { isTight } from './tiers';
import type { Geometry, Tier } from './tiers';

export interface RowPlace {
  top: number;
  isOpen: boolean;
  /** The baseline of the group's heading, where folded rows collapse. */
  folded: number;
}

export function rowMarks(
  row: CompareRow,
  { top, isOpen, folded }: RowPlace,
  tier: Tier,
  g: Geometry,
  type: Typography,
): Mark[] {
  const { fontSize, lh, labelSize, glyphR, locale } = type;
  const claim = claimWords[locale];
  const marks: Mark[] = [];
  const opacity = isOpen ? 1 : 0;
  const labelLines = g.labelLines(row);
  labelLines.forEach((text, i) =>
    marks.push({
      key: `row-${row.id}-label-${i}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: isOpen ? top + (i + 1) * (labelSize + 2) - 2 : folded,
        'font-size': isTight(tier) ? fontSize : labelSize,
        'font-weight': 600,
        opacity,
      },
      style: { fill: 'var(--color-ink)', 'font-family': FONT },
      text,
    }),
  );
  const cellsTop = tier === 'stacked' ? top + labelLines.length * (labelSize + 2) : top;
  SIDES.forEach((side, i) => {
    const cell = row[side];
    const x = MARGIN + g.labelW + g.cellW * i;
    const lines = g.cellLines(row, side);
    const cy = isOpen ? cellsTop + lh / 2 + 1 : folded - 4;
    marks.push({
      key: `row-${row.id}-${side}`,
      tag: 'rect',
      className: 'mark',
      attrs: {
        x: x + 1,
        y: isOpen ? cellsTop - 1 : folded - 8,
        width: g.cellW - 4,
        height: isOpen ? Math.max(lh, lines.length * lh) + 2 : 0,
        opacity: isOpen ? 1 : 0,
      },
      style: { fill: 'var(--color-paper)', 'fill-opacity': '0', stroke: 'none' },
      ...(isOpen
        ? {
            tip: {
              heading: `${side === 'max' ? 'Max' : 'WhatsApp'} · ${row.feature}: ${statusWords[locale][cell.status]}`,
              body:
                cell.text +
                (row.claim && row.dispute
                  ? ` ${claim.claim} ${row.claim} ${claim.dispute} ${row.dispute}`
                  : ''),
              source: row.sources,
            },
          }
        : {}),
    });
    marks.push(
      statusGlyph(`row-${row.id}-${side}-glyph`, cell.status, x + glyphR + 2, cy, glyphR, opacity),
    );
    lines.forEach((text, j) =>
      marks.push({
        key: `row-${row.id}-${side}-${j}`,
        tag: 'text',
        attrs: {
          x: x + 2 * glyphR + 8,
          y: isOpen ? cellsTop + (j + 1) * lh - 3 : folded,
          'font-size': fontSize,
          opacity,
        },
        style: {
          fill: cell.status === 'not-documented' ? 'var(--color-muted)' : 'var(--color-ink)',
          'font-family': FONT,
          'pointer-events': 'none',
          ...(cell.status === 'not-documented' ? { 'font-style': 'italic' } : {}),
        },
        text,
      }),
    );
  });
  return marks;
}
