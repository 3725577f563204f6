/** The packet, which travels to the head of the arrow it is on, and what it says, clear of the boxes. */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { BOLD, halo, textWidth } from '../text';
import { FONT, MARGIN } from './frame';
import type { Segment } from './arrows';
import type { Box } from './boxes';
import type { DnsState } from './states';

const packetSize = 12;

export function packetMarks(
  p: Segment,
  packet: DnsState['packet'],
  frame: { width: number; top: number; narrow: boolean; locale: Locale },
  boxes: Box[],
): Mark[] {
  const { width, top, narrow, locale } = frame;
  const text = packet.label[locale];
  const t = packet.failed ? 0.72 : 0.62;
  const px = p.x1 + (p.x2 - p.x1) * t;
  const py = p.y1 + (p.y2 - p.y1) * t;
  const dot: Mark = {
    key: 'packet',
    tag: 'circle',
    attrs: { cx: px, cy: py, r: 6, opacity: 1 },
    style: {
      fill: packet.failed ? 'var(--color-paper)' : 'var(--color-highlight)',
      stroke: packet.failed ? 'var(--color-blocked)' : 'var(--color-ink)',
      'stroke-width': '1.5',
    },
  };
  const lw = textWidth(text, packetSize, BOLD);
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
  const preferred = {
    x: sloped
      ? px - 14 - lw
      : upright
        ? room >= lw
          ? px + 12
          : px - 12 - lw
        : Math.min(Math.max(px - lw / 2, MARGIN), width - MARGIN - lw),
    y: sloped
      ? py + packetSize + 6
      : upright
        ? py + packetSize * 0.35
        : py - 10 < top
          ? py + 10 + packetSize
          : py - 10,
  };
  // Where the arrow runs in a gap narrower than the label (phone to resolver on a 600 px
  // desktop frame), the preferred place would touch a box: step further out, below, above and
  // beside the packet, to the first place clear of every box and inside the frame.
  const clamp = (x: number) => Math.min(Math.max(x, MARGIN), width - MARGIN - lw);
  const candidates = [
    preferred,
    ...[10, 16, 22, 28, 34, 40, 46, 52].flatMap((d) => [
      { x: clamp(px - lw / 2), y: py + d + packetSize * 0.8 },
      { x: clamp(px - lw / 2), y: py - d },
      { x: px + d, y: py + packetSize * 0.35 },
      { x: px - d - lw, y: py + packetSize * 0.35 },
    ]),
  ];
  const clear = (c: { x: number; y: number }) => {
    const box = { x0: c.x - 3, x1: c.x + lw + 3, y0: c.y - packetSize * 0.8 - 3, y1: c.y + 3 };
    const inside = c.x >= MARGIN - 0.5 && c.x + lw <= width - MARGIN + 0.5 && box.y0 >= top;
    return (
      inside &&
      boxes.every(
        (b) => box.x1 <= b.x || b.x + b.w <= box.x0 || box.y1 <= b.y || b.y + b.h <= box.y0,
      )
    );
  };
  const { x: lx, y: ly } = candidates.find(clear) ?? preferred;
  const label: Mark = {
    key: 'packet-label',
    tag: 'text',
    attrs: { x: lx, y: ly, 'font-size': packetSize, 'font-weight': 700, opacity: 1 },
    style: {
      fill: packet.failed ? 'var(--color-blocked)' : 'var(--color-ink)',
      'font-family': FONT,
      ...halo,
    },
    text,
  };
  return [dot, label];
}
