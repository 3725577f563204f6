/** Each feature status as a colour and a shape (its word is in words.ts), so status reads without colour too. */
import type { Mark } from '../scene';
import { discPath, halfDiscPath } from '../glyphs';
import type { FeatureStatus } from '../../data/schemas/features';

const statusColors: Record<FeatureStatus, string> = {
  yes: 'var(--color-ok)',
  planned: 'var(--color-ok)',
  claimed: 'var(--color-statement)',
  disputed: 'var(--color-partial)',
  restricted: 'var(--color-partial)',
  'not-documented': 'var(--color-unknown)',
};

/** A shape per status: disc, dashed ring, ring, diamond, half disc, square. */
export function statusGlyph(
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
