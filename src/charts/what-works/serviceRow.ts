/**
 * One service's row: its name, and a cell per capability (tinted by status, outlined when it
 * changed this month, hatched when unknown) with its glyph. Max stands apart below a dashed rule.
 */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { hatchPath } from '../glyphs';
import { capabilityOrder, serviceLabels } from './grid';
import type { Cell } from './grid';
import { MARGIN } from './plan';
import type { GridPlan } from './plan';
import { textAt } from './textAt';
import { glyphMarks, statusColor } from './glyphMarks';
import { cellTip } from './cellTip';

export function serviceRowMarks(
  service: string,
  y: number,
  cells: Cell[],
  month: string,
  frame: { width: number; plan: GridPlan; r: number; locale: Locale },
): Mark[] {
  const { width, plan, r, locale } = frame;
  const { labelSize, labelW, colW, gapBeforeMax, rowH } = plan;
  const marks: Mark[] = [];
  const isMax = service === 'max';
  marks.push(
    textAt(
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
      tip: cellTip(cell, month, locale),
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
  return marks;
}
