/**
 * Max against WhatsApp: (rows, state, size) → scene. Features in three groups; the state's group is
 * open, the others fold to their headings. Each cell shows a status glyph (shape and colour) and a
 * few words; the full sentence and sources are in its tip. When the open group does not fit, the
 * cells fall back to the status word alone, never to clipped text.
 */
import type { Mark, Scene, Size } from '../scene';
import { textWidth, wrap } from '../text';
import { discPath, halfDiscPath } from '../glyphs';
import type { FeatureGroup, FeatureStatus } from '../../data/schemas/features';
import { compareStates, groupTitles } from './states';

export interface CompareCell {
  status: FeatureStatus;
  short: string;
  text: string;
}

export interface CompareRow {
  id: string;
  feature: string;
  group: FeatureGroup;
  max: CompareCell;
  whatsapp: CompareCell;
  claim?: string;
  dispute?: string;
  /** Publisher names. */
  sources: string;
  confidence: string;
}

const MARGIN = 8;
const FONT = 'var(--font-sans)';
const GROUPS: FeatureGroup[] = ['functions', 'encryption', 'data'];
const SIDES = ['max', 'whatsapp'] as const;

export const statusWords: Record<FeatureStatus, string> = {
  yes: 'Yes',
  planned: 'Planned',
  claimed: 'Claimed',
  disputed: 'Disputed',
  restricted: 'Restricted',
  'not-documented': 'Not documented',
};

const statusColors: Record<FeatureStatus, string> = {
  yes: 'var(--color-ok)',
  planned: 'var(--color-ok)',
  claimed: 'var(--color-statement)',
  disputed: 'var(--color-partial)',
  restricted: 'var(--color-partial)',
  'not-documented': 'var(--color-unknown)',
};

/** A shape per status: disc, dashed ring, ring, diamond, half disc, square. */
function glyph(
  key: string,
  status: FeatureStatus,
  cx: number,
  cy: number,
  r: number,
  opacity: number,
): Mark {
  const color = statusColors[status];
  const d =
    status === 'disputed'
      ? `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`
      : status === 'restricted'
        ? `${halfDiscPath(cx, cy, r)}${discPath(cx, cy, r)}`
        : status === 'not-documented'
          ? `M${cx - r * 0.8},${cy - r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`
          : discPath(cx, cy, r);
  const filled = status === 'yes' || status === 'disputed';
  return {
    key,
    tag: 'path',
    attrs: { d, opacity },
    style: {
      fill: filled ? color : status === 'restricted' ? color : 'var(--color-paper)',
      'fill-rule': 'evenodd',
      stroke: color,
      'stroke-width': '2',
      ...(status === 'planned' ? { 'stroke-dasharray': '2.5 2' } : {}),
      'pointer-events': 'none',
    },
  };
}

export function findCompareState(id: string) {
  const state = compareStates.find((s) => s.id === id);
  if (!state) throw new Error(`max-vs-whatsapp: unknown state "${id}"`);
  return state;
}

/** 'tightest' is 'tight' with 2 px less between rows: seven functions rows on a 320 × 568 phone. */
type Tier = 'full' | 'side' | 'stacked' | 'word' | 'tight' | 'tightest';
const isTight = (tier: Tier) => tier === 'tight' || tier === 'tightest';

/** One-line feature names for the tightest frames (a 320 × 300 phone panel). */
const tightNames: Record<string, string> = {
  'messages-calls': 'Messages, calls',
  'state-services': 'Gosuslugi',
  'e-signature': 'E-signature',
  'house-school-chats': 'House/school chats',
  channels: 'Channels',
  'end-to-end': 'End-to-end',
  'listening-in': 'Listening in',
  'data-storage': 'Data kept',
  'sharing-authorities': 'Shared with state',
  operator: 'Run by',
};
/** The status word for tight frames, where "Not documented" does not fit beside a glyph. */
const tightWord = (status: FeatureStatus) =>
  status === 'not-documented' ? 'No source' : statusWords[status];

export function layoutCompare(rows: CompareRow[], stateId: string, size: Size): Scene {
  const { group: open } = findCompareState(stateId);
  const { width, height } = size;
  const marks: Mark[] = [];
  const compact = height < 380;
  const fontSize = compact ? 11 : 12;
  const lh = fontSize + 3;
  const labelSize = compact ? 12 : 13;
  const glyphR = compact ? 5 : 6;
  const openRows = rows.filter((r) => r.group === open);
  const headH = 22;
  const groupH = compact ? 20 : 24;
  const legendSize = 11;
  const legendRow = 15;
  // Legend: every status shape with its word, flowed into rows; tight frames use the short word.
  const legendItems = (tier: Tier) =>
    (Object.keys(statusWords) as FeatureStatus[]).map((s) => ({
      status: s,
      label:
        s !== 'not-documented'
          ? statusWords[s]
          : isTight(tier)
            ? 'No source: not documented'
            : 'Not documented in our sources',
    }));
  const legendFlow = (tier: Tier) => {
    let lx = 0;
    let ly = 0;
    return legendItems(tier).map((item) => {
      const w = 2 * 5 + 5 + textWidth(item.label, legendSize);
      if (lx > 0 && lx + w > width - 2 * MARGIN) {
        lx = 0;
        ly += legendRow;
      }
      const at = { ...item, x: lx, y: ly };
      lx += w + 12;
      return at;
    });
  };
  // The legend's height below the table: its rows (two reserved even when one would do, as wide
  // frames always have), plus the gap that sets it off.
  const legendHeight = (tier: Tier) =>
    Math.max(legendRow, legendFlow(tier).at(-1)!.y) + legendRow + (compact ? 4 : 6);
  const availableFor = (tier: Tier) =>
    height - 2 * MARGIN - headH - GROUPS.length * groupH - legendHeight(tier);
  const wide = width >= 560;

  // Column geometry per tier; the first tier whose rows fit the height wins.
  const geometry = (tier: Tier) => {
    // Tight cells hold one status word, so their one-line feature names get a wider column.
    const labelShare = isTight(tier) ? 0.38 : 0.34;
    const labelW =
      tier === 'stacked'
        ? 0
        : wide
          ? Math.min(220, width * 0.28)
          : Math.min(130, width * labelShare);
    const cellW = (width - 2 * MARGIN - labelW) / 2;
    const textW = cellW - 2 * glyphR - 10;
    const cellLines = (row: CompareRow, side: 'max' | 'whatsapp') =>
      isTight(tier)
        ? [tightWord(row[side].status)]
        : tier === 'word'
          ? [statusWords[row[side].status]]
          : wrap(tier === 'full' ? row[side].text : row[side].short, textW, fontSize);
    const labelLines = (row: CompareRow) =>
      tier === 'stacked'
        ? [row.feature]
        : isTight(tier)
          ? [tightNames[row.id] ?? row.feature]
          : wrap(row.feature, labelW - 8, labelSize);
    const rowHeight = (row: CompareRow) => {
      const cells = Math.max(cellLines(row, 'max').length, cellLines(row, 'whatsapp').length) * lh;
      if (isTight(tier)) return lh + (tier === 'tightest' ? 2 : 4);
      const label = labelLines(row).length * (labelSize + 2);
      return (tier === 'stacked' ? label + cells : Math.max(label, cells)) + (compact ? 6 : 10);
    };
    const fitsWidth = rows.every((row) =>
      SIDES.every((side) =>
        cellLines(row, side).every((l) => textWidth(l, fontSize) <= textW + 0.5),
      ),
    );
    return { labelW, cellW, textW, cellLines, labelLines, rowHeight, fitsWidth };
  };
  const tiers: Tier[] = wide
    ? ['full', 'side', 'word', 'tight', 'tightest']
    : ['full', 'side', 'stacked', 'word', 'tight', 'tightest'];
  const tier =
    tiers.find((t) => {
      const g = geometry(t);
      const needed = openRows.reduce((sum, r) => sum + g.rowHeight(r), 0);
      return g.fitsWidth && needed <= availableFor(t);
    }) ?? 'tightest';
  const g = geometry(tier);

  // Column heads.
  SIDES.forEach((side, i) => {
    const x = MARGIN + g.labelW + g.cellW * i;
    marks.push({
      key: `head-${side}`,
      tag: 'text',
      attrs: { x: x + 2, y: MARGIN + 15, 'font-size': 15, 'font-weight': 700, opacity: 1 },
      style: { fill: `var(--color-${side})`, 'font-family': FONT },
      text: side === 'max' ? 'Max' : 'WhatsApp',
    });
  });

  let y = MARGIN + headH;
  for (const group of GROUPS) {
    const isOpen = group === open;
    const groupRows = rows.filter((r) => r.group === group);
    const count = groupRows.length;
    marks.push({
      key: `group-${group}-rule`,
      tag: 'line',
      attrs: { x1: MARGIN, x2: width - MARGIN, y1: y + 2, y2: y + 2, opacity: 1 },
      style: {
        stroke: isOpen ? 'var(--color-ink)' : 'var(--color-rule)',
        'stroke-width': isOpen ? '1.5' : '1',
      },
    });
    const title = isOpen ? groupTitles[group] : `${groupTitles[group]} (${count})`;
    marks.push({
      key: `group-${group}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: y + 4 + labelSize,
        'font-size': isOpen ? labelSize : 11,
        'font-weight': 700,
        opacity: 1,
      },
      style: {
        fill: isOpen ? 'var(--color-ink)' : 'var(--color-muted)',
        'font-family': FONT,
        'text-transform': 'uppercase',
        'letter-spacing': '0.04em',
      },
      text: title,
    });
    // Uppercase is wider than the estimate; the titles are short enough to fit 280 px regardless.
    // Folded rows keep their marks (stable keys), shrunk onto their group's heading line.
    const folded = y + 4 + labelSize;
    y += groupH;
    for (const row of groupRows) {
      const top = y;
      const rowH = isOpen ? g.rowHeight(row) : 0;
      const opacity = isOpen ? 1 : 0;
      const labelLines = g.labelLines(row);
      // Folded rows keep their marks (stable keys), collapsed onto their group's heading.
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
                  heading: `${side === 'max' ? 'Max' : 'WhatsApp'} · ${row.feature}: ${statusWords[cell.status]}`,
                  body:
                    cell.text +
                    (row.claim && row.dispute
                      ? ` Claim: ${row.claim} Dispute: ${row.dispute}`
                      : ''),
                  source: row.sources,
                },
              }
            : {}),
        });
        marks.push(
          glyph(`row-${row.id}-${side}-glyph`, cell.status, x + glyphR + 2, cy, glyphR, opacity),
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
      y += rowH;
    }
    if (isOpen) y += 4;
  }

  // The legend follows the table, or sits at the foot of the frame if the table fills it.
  const legendTop = Math.min(height - MARGIN - legendHeight(tier) + 6, y + 14);
  for (const item of legendFlow(tier)) {
    const cx = MARGIN + item.x + 5;
    const cy = legendTop + item.y + 5;
    marks.push(glyph(`legend-${item.status}`, item.status, cx, cy, 5, 1));
    marks.push({
      key: `legend-${item.status}-label`,
      tag: 'text',
      attrs: { x: cx + 10, y: cy + 4, 'font-size': legendSize, opacity: 1 },
      style: { fill: 'var(--color-muted)', 'font-family': FONT },
      text: item.label,
    });
  }
  return { width, height, marks };
}
