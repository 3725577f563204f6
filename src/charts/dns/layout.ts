/**
 * DNS diagram: (data, state, size) → scene. Five boxes (phone, operator's resolver, national DNS,
 * WhatsApp's servers, a VPN or outside resolver), arrows between them that draw themselves in as
 * the story advances, and one packet that travels: the question, then the answer, or nothing.
 * Wide frames lay the chain out left to right; narrow ones stack it top to bottom.
 */
import type { Mark, Scene, Size } from '../scene';
import { halo, textWidth, wrap } from '../text';
import { crossPath } from '../glyphs';
import { dnsStates } from './states';
import type { ArrowId, DnsState, NodeId } from './states';

export interface DnsFact {
  id: 'nsdi' | 'erased' | 'outside' | 'interfere';
  heading: string;
  body: string;
  sources: string;
}

export interface DnsData {
  facts: DnsFact[];
  /** Publisher names per state id, for the caption's tip. */
  stateSources: Record<string, string>;
}

const MARGIN = 8;
const FONT = 'var(--font-sans)';

const nodeLabels: Record<NodeId, string[]> = {
  phone: ['Phone', 'with WhatsApp'],
  resolver: ['Operator’s', 'DNS resolver'],
  nsdi: ['National DNS', '(NSDI)'],
  servers: ['WhatsApp’s', 'servers'],
  outside: ['VPN or outside', 'resolver'],
};

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

export function findDnsState(id: string): DnsState {
  const state = dnsStates.find((s) => s.id === id);
  if (!state) throw new Error(`dns: unknown state "${id}"`);
  return state;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  cy: number;
}

/** Where the segment from the box's centre towards (tx, ty) leaves the box. */
function edgePoint(b: Box, tx: number, ty: number, pad = 4): [number, number] {
  const dx = tx - b.cx;
  const dy = ty - b.cy;
  const sx = dx === 0 ? Infinity : (b.w / 2 + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (b.h / 2 + pad) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [b.cx + dx * s, b.cy + dy * s];
}

export function layoutDns(data: DnsData, stateId: string, size: Size): Scene {
  const state = findDnsState(stateId);
  const { width, height } = size;
  const narrow = width < 520 || width < height * 0.9;
  const compact = height < 360;
  const marks: Mark[] = [];
  const fact = (id: DnsFact['id']) => data.facts.find((f) => f.id === id)!;

  // Caption: the step's title and one or two sentences, wrapped to the frame. Line keys are
  // indexed; the longest title and caption set how many exist, so keys hold across states.
  const titleSize = compact ? 13 : 15;
  const bodySize = compact ? 12 : 13;
  const line = Math.round(bodySize * 1.3);
  const titleLine = titleSize + 3;
  const textW = width - 2 * MARGIN;
  const titleRows = Math.max(...dnsStates.map((s) => wrap(s.title, textW, titleSize).length));
  const title = wrap(state.title, textW, titleSize);
  const titleBottom = MARGIN + titleSize + (titleRows - 1) * titleLine;
  const body = wrap(state.caption, textW, bodySize);
  const maxLines = Math.max(...dnsStates.map((s) => wrap(s.caption, textW, bodySize).length));
  // The diagram needs three rows of about 56 px to keep its arrows visible between the boxes. On
  // the smallest phones the caption's sentences give way (they stay in the title's tip, and the
  // step's own text says the same), so the diagram keeps its room.
  const gap = compact ? 8 : 16;
  const withBody = height - MARGIN - (titleBottom + 4 + maxLines * line + gap) >= 3 * 56;
  for (let i = 0; i < titleRows; i++)
    marks.push({
      key: i === 0 ? 'caption-title' : `caption-title-${i}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: MARGIN + titleSize + i * titleLine,
        'font-size': titleSize,
        'font-weight': 700,
        opacity: i < title.length ? 1 : 0,
      },
      style: { fill: 'var(--color-ink)', 'font-family': FONT },
      text: title[i] ?? '',
      ...(i === 0
        ? {
            tip: {
              heading: state.title,
              body: state.caption,
              source: data.stateSources[state.id] ?? '',
            },
          }
        : {}),
    });
  for (let i = 0; i < maxLines; i++)
    marks.push({
      key: `caption-${i}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: titleBottom + 4 + (i + 1) * line - 3,
        'font-size': bodySize,
        opacity: withBody && i < body.length ? 1 : 0,
      },
      style: { fill: 'var(--color-muted)', 'font-family': FONT },
      text: body[i] ?? '',
    });
  const top = titleBottom + (withBody ? 4 + maxLines * line : 0) + gap;

  // Boxes on a grid.
  const grid = narrow ? narrowGrid : wideGrid;
  const cols = narrow ? 2 : 3;
  const rows = 3;
  const areaW = width - 2 * MARGIN;
  const areaH = height - MARGIN - top;
  const labelSize = compact ? 11 : 12;
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

  // Arrows: a line with a chevron head, drawn in by its dash offset.
  const arrowPos = {} as Record<ArrowId, { x1: number; y1: number; x2: number; y2: number }>;
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
  for (const id of Object.keys(arrowEnds) as ArrowId[]) {
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
    marks.push({
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
    });
  }

  // Boxes and their labels.
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
      ...(tipFact
        ? { tip: { heading: tipFact.heading, body: tipFact.body, source: tipFact.sources } }
        : {}),
    });
    const lines = nodeLabels[id];
    lines.forEach((text, i) => {
      const fits = textWidth(text, labelSize) <= b.w - 6;
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

  // The erased entry: a cross over the national DNS, and the servers crossed out as unreachable.
  const erased = state.id === 'dns-erased';
  const n = boxes.nsdi;
  const crossR = Math.min(14, n.h / 2 - 2);
  marks.push({
    key: 'erased-mark',
    tag: 'path',
    attrs: {
      d: crossPath(n.x + n.w - crossR, n.y + crossR, crossR * 1.4),
      opacity: erased ? 1 : 0,
    },
    style: {
      fill: 'none',
      stroke: 'var(--color-blocked)',
      'stroke-width': '3',
      'stroke-linecap': 'round',
    },
    ...(erased
      ? {
          tip: {
            heading: fact('erased').heading,
            body: fact('erased').body,
            source: fact('erased').sources,
          },
        }
      : {}),
  });
  const cm = arrowPos.connect;
  marks.push({
    key: 'servers-cross',
    tag: 'path',
    attrs: {
      d: crossPath((cm.x1 + cm.x2) / 2, (cm.y1 + cm.y2) / 2, 11),
      opacity: erased ? 1 : 0,
    },
    style: {
      fill: 'none',
      stroke: 'var(--color-blocked)',
      'stroke-width': '3',
      'stroke-linecap': 'round',
    },
  });

  // The packet travels to the head of the arrow it is on.
  const p = arrowPos[state.packet.on];
  const t = state.packet.failed ? 0.72 : 0.62;
  const px = p.x1 + (p.x2 - p.x1) * t;
  const py = p.y1 + (p.y2 - p.y1) * t;
  marks.push({
    key: 'packet',
    tag: 'circle',
    attrs: { cx: px, cy: py, r: 6, opacity: 1 },
    style: {
      fill: state.packet.failed ? 'var(--color-paper)' : 'var(--color-highlight)',
      stroke: state.packet.failed ? 'var(--color-blocked)' : 'var(--color-ink)',
      'stroke-width': '1.5',
    },
  });
  const packetSize = 12;
  const lw = textWidth(state.packet.label, packetSize);
  // Beside the packet on an upright arrow, above it on a level one; always inside the frame.
  const upright = Math.abs(p.y2 - p.y1) > Math.abs(p.x2 - p.x1);
  // On the stacked (narrow) diagram a slope running down to the right (the way round, to the
  // VPN) has open space below-left of the packet; above it the label would sit on the phone.
  const sloped =
    narrow &&
    !upright &&
    Math.abs(p.y2 - p.y1) > 0.3 * Math.abs(p.x2 - p.x1) &&
    (p.x2 - p.x1) * (p.y2 - p.y1) > 0 &&
    px - 14 - lw >= MARGIN;
  const room = width - MARGIN - (px + 12);
  const lx = sloped
    ? px - 14 - lw
    : upright
      ? room >= lw
        ? px + 12
        : px - 12 - lw
      : Math.min(Math.max(px - lw / 2, MARGIN), width - MARGIN - lw);
  const ly = sloped
    ? py + packetSize + 6
    : upright
      ? py + packetSize * 0.35
      : py - 10 < top
        ? py + 10 + packetSize
        : py - 10;
  marks.push({
    key: 'packet-label',
    tag: 'text',
    attrs: { x: lx, y: ly, 'font-size': packetSize, 'font-weight': 700, opacity: 1 },
    style: {
      fill: state.packet.failed ? 'var(--color-blocked)' : 'var(--color-ink)',
      'font-family': FONT,
      ...halo,
    },
    text: state.packet.label,
  });

  // The caveat on the way round, under WhatsApp's servers; on narrow frames the box below the
  // servers is the VPN, so the caveat takes the grid's empty corner under it instead.
  const vpn = state.id === 'dns-vpn';
  const warn = fact('interfere');
  const under = narrow ? boxes.outside : boxes.servers;
  const wSize = 11;
  ['other blocking methods', 'may still interfere'].forEach((line, i) =>
    marks.push({
      key: i === 0 ? 'interfere' : `interfere-${i}`,
      tag: 'text',
      attrs: {
        x: narrow ? under.cx : under.x + under.w,
        y: under.y + under.h + 14 + i * (wSize + 3),
        'font-size': wSize,
        'text-anchor': narrow ? 'middle' : 'end',
        opacity: vpn ? 1 : 0,
      },
      style: { fill: 'var(--color-blocked)', 'font-family': FONT, 'font-weight': '600', ...halo },
      text: line,
      ...(vpn && i === 0
        ? { tip: { heading: warn.heading, body: warn.body, source: warn.sources } }
        : {}),
    }),
  );

  return { width, height, marks };
}
