/** The diagram's five boxes on a grid, and their labels. */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { BOLD, textWidth } from '../text';
import { FONT, MARGIN } from './frame';
import type { DnsState, NodeId } from './states';
import { factTip } from './data';
import type { FactOf } from './data';
import { nodeLabels } from './words';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  cy: number;
}

/** Grid positions (column, row) in a 3 × 3 grid: wide frames read left to right, narrow top down. */
const wideGrid: Record<NodeId, [number, number]> = {
  phone: [0, 1],
  resolver: [1, 1],
  nsdi: [2, 1],
  servers: [2, 0],
  outside: [1, 2],
};
const narrowGrid: Record<NodeId, [number, number]> = {
  phone: [0, 0],
  servers: [1, 0],
  resolver: [0, 1],
  outside: [1, 1],
  nsdi: [0, 2],
};

/** Each box's place in the area between `top` and the frame's bottom margin. */
export function placeBoxes(
  size: { width: number; height: number },
  top: number,
  narrow: boolean,
  labelSize: number,
): Record<NodeId, Box> {
  const { width, height } = size;
  const grid = narrow ? narrowGrid : wideGrid;
  const cols = narrow ? 2 : 3;
  const rows = 3;
  const areaW = width - 2 * MARGIN;
  const areaH = height - MARGIN - top;
  const boxW = Math.min(150, areaW / cols - (narrow ? 14 : 40));
  const boxH = Math.min(46, Math.max(2 * (labelSize + 3) + 8, Math.min(130, areaH / rows) - 40));
  const cellW = areaW / cols;
  // Rows no taller than 130 px, so arrows stay short enough to read as one step on tall frames.
  const cellH = Math.min(130, areaH / rows);
  const boxes = {} as Record<NodeId, Box>;
  for (const id of Object.keys(grid) as NodeId[]) {
    const [c, r] = grid[id];
    const cx = MARGIN + cellW * (c + 0.5);
    // Close under the caption rather than centred, so the caption reads as the diagram's title.
    const cy = top + Math.min(24, (areaH - cellH * rows) / 2) + cellH * (r + 0.5);
    boxes[id] = { x: cx - boxW / 2, y: cy - boxH / 2, w: boxW, h: boxH, cx, cy };
  }
  return boxes;
}

export function boxMarks(
  boxes: Record<NodeId, Box>,
  state: DnsState,
  fact: FactOf,
  labelSize: number,
  locale: Locale,
): Mark[] {
  const marks: Mark[] = [];
  for (const id of Object.keys(boxes) as NodeId[]) {
    const b = boxes[id];
    const dim = state.dimmed.includes(id);
    const tipFact = id === 'nsdi' ? fact('nsdi') : id === 'outside' ? fact('outside') : undefined;
    marks.push({
      key: `node-${id}`,
      tag: 'rect',
      attrs: {
        x: b.x,
        y: b.y,
        width: b.w,
        height: b.h,
        rx: id === 'phone' ? 10 : 4,
        opacity: dim ? 0.35 : 1,
      },
      style: {
        fill: id === 'nsdi' ? 'var(--color-wash)' : 'var(--color-paper)',
        stroke:
          id === 'servers'
            ? 'var(--color-whatsapp)'
            : id === 'outside'
              ? 'var(--color-telegram)'
              : 'var(--color-ink)',
        'stroke-width': '1.5',
      },
      ...(tipFact ? { tip: factTip(tipFact, locale) } : {}),
    });
    const lines = nodeLabels[locale][id];
    lines.forEach((text, i) => {
      const fits = textWidth(text, labelSize, i === 0 ? BOLD : {}) <= b.w - 6;
      marks.push({
        key: `node-${id}-label-${i}`,
        tag: 'text',
        attrs: {
          x: b.cx,
          y: b.cy + (i - (lines.length - 1) / 2) * (labelSize + 3) + labelSize * 0.35,
          'font-size': fits ? labelSize : 11,
          'font-weight': i === 0 ? 700 : 400,
          'text-anchor': 'middle',
          opacity: dim ? 0.35 : 1,
        },
        style: { fill: 'var(--color-ink)', 'font-family': FONT, 'pointer-events': 'none' },
        text,
      });
    });
  }
  return marks;
}
