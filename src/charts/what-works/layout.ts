/**
 * What-works grid: (rows, state, size) → scene. Services down, capabilities across, one cell each;
 * the state picks the month. Status reads by shape and colour: a full disc works, a half disc is
 * restricted, a circled cross is blocked, a hatched "?" is unknown. Cells that changed this month
 * get a heavy outline.
 */
import type { Mark, Scene, Size } from '../scene';
import { halo, textWidth } from '../text';
import { MARGIN, MIN_ROW, planGrid } from './plan';
import { crossPath, dashPath, halfDiscPath, hatchPath } from '../glyphs';
import {
  capabilityLabels,
  capabilityOrder,
  gridAt,
  monthName,
  serviceLabels,
  serviceOrder,
  sinceLabel,
  statusLabels,
} from './grid';
import type { Cell, CellStatus, WorksRow } from './grid';
import { worksStates } from './states';

const FONT = 'var(--font-sans)';

export const statusColor: Record<CellStatus, string> = {
  works: 'var(--color-ok)',
  restricted: 'var(--color-partial)',
  blocked: 'var(--color-blocked)',
  unknown: 'var(--color-unknown)',
};

export function findWorksState(id: string) {
  const state = worksStates.find((s) => s.id === id);
  if (!state) throw new Error(`what-works: unknown state "${id}"`);
  return state;
}

const text = (
  key: string,
  x: number,
  y: number,
  value: string,
  size: number,
  extra: Record<string, number | string> = {},
  style: Record<string, string> = {},
): Mark => ({
  key,
  tag: 'text',
  attrs: { x, y, 'font-size': size, opacity: 1, ...extra },
  style: { fill: 'var(--color-ink)', 'font-family': FONT, ...style },
  text: value,
});

/** The glyph marks for one status, centred on (cx, cy); every cell has all of them, faded in or out. */
function glyphMarks(
  prefix: string,
  status: CellStatus | 'na',
  cx: number,
  cy: number,
  r: number,
): Mark[] {
  const show = (on: boolean) => (on ? 1 : 0);
  const quiet = { 'pointer-events': 'none' };
  const color = status === 'na' ? 'var(--color-muted)' : statusColor[status];
  return [
    {
      key: `${prefix}-ring`,
      tag: 'circle',
      attrs: {
        cx,
        cy,
        r,
        opacity: show(status === 'works' || status === 'restricted' || status === 'blocked'),
      },
      style: {
        fill: status === 'works' ? color : 'var(--color-paper)',
        stroke: color,
        'stroke-width': '2',
        ...quiet,
      },
    },
    {
      key: `${prefix}-half`,
      tag: 'path',
      attrs: { d: halfDiscPath(cx, cy, r), opacity: show(status === 'restricted') },
      style: { fill: statusColor.restricted, stroke: 'none', ...quiet },
    },
    {
      key: `${prefix}-cross`,
      tag: 'path',
      attrs: { d: crossPath(cx, cy, r), opacity: show(status === 'blocked') },
      style: {
        fill: 'none',
        stroke: statusColor.blocked,
        'stroke-width': '2.5',
        'stroke-linecap': 'round',
        ...quiet,
      },
    },
    {
      key: `${prefix}-q`,
      tag: 'text',
      attrs: {
        x: cx,
        y: cy + r * 0.55,
        'font-size': Math.max(11, Math.round(r * 1.6)),
        'font-weight': 700,
        'text-anchor': 'middle',
        opacity: show(status === 'unknown'),
      },
      style: { fill: 'var(--color-muted)', 'font-family': FONT, ...quiet },
      text: '?',
    },
    {
      key: `${prefix}-na`,
      tag: 'path',
      attrs: { d: dashPath(cx, cy, r * 0.7), opacity: show(status === 'na') },
      style: { fill: 'none', stroke: 'var(--color-rule)', 'stroke-width': '2', ...quiet },
    },
  ];
}

function cellTip(cell: Cell, month: string) {
  const service = serviceLabels[cell.service]!;
  const capability = capabilityLabels[cell.capability]!.long;
  const heading = `${service} · ${capability} · ${monthName(month)}`;
  if (!cell.applicable)
    return {
      heading,
      body: `Does not apply: ${service} has no ${capability.toLowerCase()}`,
      source: '—',
    };
  if (!cell.row)
    return {
      heading,
      body: `Unknown: none of our sources reports on this as of ${monthName(month)}`,
      source: 'none',
    };
  const row: WorksRow = cell.row;
  return {
    heading,
    body: `${statusLabels[cell.status]} (${sinceLabel(row)}). ${row.note}`,
    source: row.sources,
  };
}

export function layoutWhatWorks(rows: WorksRow[], stateId: string, size: Size): Scene {
  const { month } = findWorksState(stateId);
  const { width, height } = size;
  const marks: Mark[] = [];
  const cells = gridAt(rows, month);
  const changedCount = cells.filter((c) => c.changed).length;
  const compact = height < 380 || width < 360;
  // The roomy arrangement first; if its rows come out too short to read, the tight one.
  let plan = planGrid(width, height, compact, false);
  if (plan.rowH < MIN_ROW) plan = planGrid(width, height, compact, true);
  const { tight, labelSize, labelW, colW, headLines, headRows, headLine, headSize } = plan;
  const { legendItems, legendSize, legendR, legendRow, placed, legendH, keyText, keyLine } = plan;
  const { gapBeforeMax, rowH } = plan;

  // Title: the month, and how many cells changed in it (beside the month when space is tight,
  // where the legend's "Changed this month" explains the outline).
  const { titleSize, subSize } = plan;
  marks.push(
    text('month', MARGIN, MARGIN + titleSize, monthName(month), titleSize, { 'font-weight': 700 }),
  );
  const cellsWord = `cell${changedCount === 1 ? '' : 's'}`;
  const sub =
    changedCount === 0
      ? tight
        ? 'No new restriction'
        : 'No new restriction this month'
      : tight
        ? `${changedCount} ${cellsWord} changed`
        : `${changedCount} ${cellsWord} changed this month (outlined)`;
  // Bold type runs about 8% wider than the estimate.
  const subX = tight ? MARGIN + textWidth(monthName(month), titleSize) * 1.08 + 10 : MARGIN;
  const subY = tight ? MARGIN + titleSize : MARGIN + titleSize + 4 + subSize;
  marks.push(text('month-sub', subX, subY, sub, subSize, {}, { fill: 'var(--color-muted)' }));
  let top = plan.headTop;

  // Columns: service labels, then four capability columns.
  capabilityOrder.forEach((c, i) => {
    const cx = MARGIN + labelW + colW * (i + 0.5);
    headLines[i]!.forEach((line, j) => {
      marks.push(
        text(
          `cap-${c}-${j}`,
          cx,
          top + headLine * (j + 1) + (headRows - headLines[i]!.length) * headLine - 3,
          line,
          headSize,
          {
            'text-anchor': 'middle',
            'font-weight': 600,
          },
        ),
      );
    });
  });
  top += headRows * headLine + 4;

  // The legend follows the grid directly when the grid does not fill the frame.
  const footerTop = Math.min(
    plan.footerBottom,
    top + rowH * serviceOrder.length + gapBeforeMax + (tight ? 6 : 10),
  );
  const r = Math.max(5, Math.min(rowH, colW) * 0.3);
  serviceOrder.forEach((service, i) => {
    const y = top + i * rowH + (service === 'max' ? gapBeforeMax : 0);
    const isMax = service === 'max';
    marks.push(
      text(
        `svc-${service}`,
        MARGIN,
        y + rowH / 2 + labelSize * 0.35,
        serviceLabels[service]!,
        labelSize,
        {
          'font-weight': isMax ? 400 : 600,
        },
        isMax ? { fill: 'var(--color-max)' } : {},
      ),
    );
    if (isMax)
      marks.push({
        key: 'max-rule',
        tag: 'line',
        attrs: {
          x1: MARGIN,
          x2: width - MARGIN,
          y1: y - gapBeforeMax / 2,
          y2: y - gapBeforeMax / 2,
          opacity: 1,
        },
        style: { stroke: 'var(--color-rule)', 'stroke-width': '1', 'stroke-dasharray': '3 3' },
      });
    capabilityOrder.forEach((capability, j) => {
      const cell = cells.find((c) => c.service === service && c.capability === capability)!;
      const x = MARGIN + labelW + j * colW;
      const prefix = `c-${service}-${capability}`;
      const inset = 2;
      const box = { x: x + inset, y: y + inset, w: colW - 2 * inset, h: rowH - 2 * inset };
      const unknown = cell.applicable && cell.status === 'unknown';
      marks.push({
        key: prefix,
        tag: 'rect',
        className: cell.changed ? 'mark is-active' : 'mark',
        attrs: { x: box.x, y: box.y, width: box.w, height: box.h, rx: 3, opacity: 1 },
        style: {
          fill: !cell.applicable
            ? 'var(--color-paper)'
            : unknown
              ? 'var(--color-wash)'
              : statusColor[cell.status],
          'fill-opacity': !cell.applicable || unknown ? '1' : '0.12',
          stroke: cell.changed ? 'var(--color-ink)' : 'var(--color-rule)',
          'stroke-width': cell.changed ? '2.5' : '1',
        },
        tip: cellTip(cell, month),
      });
      marks.push({
        key: `${prefix}-hatch`,
        tag: 'path',
        attrs: { d: hatchPath(box.x, box.y, box.w, box.h), opacity: unknown ? 1 : 0 },
        style: {
          fill: 'none',
          stroke: 'var(--color-rule)',
          'stroke-width': '1',
          'pointer-events': 'none',
        },
      });
      marks.push(
        ...glyphMarks(prefix, cell.applicable ? cell.status : 'na', x + colW / 2, y + rowH / 2, r),
      );
    });
  });

  // Legend.
  placed.forEach((at, i) => {
    const item = legendItems[i]!;
    const cx = MARGIN + at.x + legendR;
    const cy = footerTop + at.y + legendRow / 2;
    if (item.status === 'changed')
      marks.push({
        key: 'legend-changed',
        tag: 'rect',
        attrs: {
          x: cx - legendR,
          y: cy - legendR,
          width: 2 * legendR,
          height: 2 * legendR,
          rx: 2,
          opacity: 1,
        },
        style: { fill: 'none', stroke: 'var(--color-ink)', 'stroke-width': '2' },
      });
    else marks.push(...glyphMarks(`legend-${item.status}`, item.status, cx, cy, legendR));
    marks.push(
      text(
        `legend-${item.status}-label`,
        cx + legendR + 5,
        cy + legendSize * 0.35,
        item.label,
        legendSize,
        {},
        {
          fill: 'var(--color-muted)',
        },
      ),
    );
  });
  keyText.forEach((line, i) => {
    marks.push(
      text(
        `key-${i}`,
        MARGIN,
        footerTop + legendH + 4 + (i + 1) * keyLine - 3,
        line,
        legendSize,
        {},
        {
          fill: 'var(--color-muted)',
          ...halo,
        },
      ),
    );
  });

  return { width, height, marks };
}
