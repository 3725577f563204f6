/**
 * Status as shape and colour: a full disc works, a half disc is restricted, a circled cross is
 * blocked, a "?" is unknown, a dash does not apply.
 */
import type { Mark } from '../scene';
import { crossPath, dashPath, halfDiscPath } from '../glyphs';
import { FONT } from './textAt';
import type { CellStatus } from './grid';

export const statusColor: Record<CellStatus, string> = {
  works: 'var(--color-ok)',
  restricted: 'var(--color-partial)',
  blocked: 'var(--color-blocked)',
  unknown: 'var(--color-unknown)',
};

/** The glyph marks for one status, centred on (cx, cy); every cell has all of them, faded in or out. */
export function glyphMarks(
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
