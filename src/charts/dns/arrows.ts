/** The arrows between boxes: a line with a chevron head, drawn in by its dash offset. */
import type { Mark } from '../scene';
import type { Box } from './boxes';
import type { ArrowId, DnsState, NodeId } from './states';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const arrowEnds: Record<ArrowId, [NodeId, NodeId, number]> = {
  // [from, to, side offset]: a question and its answer run side by side, never on one line.
  ask: ['phone', 'resolver', -1],
  answer: ['resolver', 'phone', -1],
  national: ['resolver', 'nsdi', -1],
  reply: ['nsdi', 'resolver', -1],
  connect: ['phone', 'servers', 0],
  'vpn-ask': ['phone', 'outside', -1],
  'vpn-answer': ['outside', 'phone', -1],
};

/** Where the segment from the box's centre towards (tx, ty) leaves the box. */
function edgePoint(b: Box, tx: number, ty: number, pad = 4): [number, number] {
  const dx = tx - b.cx;
  const dy = ty - b.cy;
  const sx = dx === 0 ? Infinity : (b.w / 2 + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (b.h / 2 + pad) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [b.cx + dx * s, b.cy + dy * s];
}

/** Each arrow's ends, from edge to edge of its boxes. */
export function placeArrows(boxes: Record<NodeId, Box>): Record<ArrowId, Segment> {
  const arrowPos = {} as Record<ArrowId, Segment>;
  for (const id of Object.keys(arrowEnds) as ArrowId[]) {
    const [from, to, side] = arrowEnds[id];
    const a = boxes[from];
    const b = boxes[to];
    // A question and its answer run on parallel tracks either side of the line between the
    // boxes: the perpendicular is taken in one fixed direction per pair of boxes.
    const [p, q] = from < to ? [a, b] : [b, a];
    const len0 = Math.hypot(q.cx - p.cx, q.cy - p.cy);
    const isReturn = id === 'answer' || id === 'reply' || id === 'vpn-answer';
    const off = side === 0 ? 0 : isReturn ? 7 : -7;
    const nx = (-(q.cy - p.cy) / len0) * off;
    const ny = ((q.cx - p.cx) / len0) * off;
    const [x1, y1] = edgePoint(a, b.cx, b.cy);
    const [x2, y2] = edgePoint(b, a.cx, a.cy);
    arrowPos[id] = { x1: x1 + nx, y1: y1 + ny, x2: x2 + nx, y2: y2 + ny };
  }
  return arrowPos;
}

export function arrowMarks(arrowPos: Record<ArrowId, Segment>, state: DnsState): Mark[] {
  return (Object.keys(arrowEnds) as ArrowId[]).map((id) => {
    const { x1, y1, x2, y2 } = arrowPos[id];
    const len = Math.hypot(x2 - x1, y2 - y1);
    const ux = (x2 - x1) / len;
    const uy = (y2 - y1) / len;
    const head = 7;
    const d =
      `M${x1},${y1}L${x2},${y2}` +
      `M${x2 - ux * head - uy * head * 0.6},${y2 - uy * head + ux * head * 0.6}` +
      `L${x2},${y2}L${x2 - ux * head + uy * head * 0.6},${y2 - uy * head - ux * head * 0.6}`;
    const total = Math.ceil(len + 2 * head * 1.2);
    const drawn = state.arrows.includes(id);
    const active = state.active.includes(id);
    const toVpn = id === 'vpn-ask' || id === 'vpn-answer';
    return {
      key: `arrow-${id}`,
      tag: 'path',
      className: active ? 'mark is-active' : 'mark',
      attrs: {
        d,
        'stroke-dasharray': `${total} ${total}`,
        'stroke-dashoffset': drawn ? 0 : total,
        opacity: drawn ? (active ? 1 : 0.45) : 0,
      },
      style: {
        fill: 'none',
        stroke: toVpn
          ? 'var(--color-telegram)'
          : id === 'connect'
            ? 'var(--color-whatsapp)'
            : 'var(--color-ink)',
        'stroke-width': active ? '2.5' : '1.5',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
    };
  });
}
