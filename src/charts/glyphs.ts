/**
 * Status glyphs drawn as SVG path data, so status reads by shape as well as colour (colour-blind
 * readers, greyscale print): a full disc, a half disc, a cross, a hatch.
 */
export const discPath = (cx: number, cy: number, r: number) =>
  `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;

/** The left half of a disc: "part of it works". */
export const halfDiscPath = (cx: number, cy: number, r: number) =>
  `M${cx},${cy - r}a${r},${r} 0 0,0 0,${2 * r}Z`;

/** A diagonal cross inside a circle of radius r. */
export const crossPath = (cx: number, cy: number, r: number) => {
  const a = r * 0.55;
  return `M${cx - a},${cy - a}L${cx + a},${cy + a}M${cx + a},${cy - a}L${cx - a},${cy + a}`;
};

/** A short horizontal dash: "does not apply". */
export const dashPath = (cx: number, cy: number, r: number) => `M${cx - r},${cy}L${cx + r},${cy}`;

/** Diagonal hatching clipped by hand to a rectangle (no <pattern>, so it animates like any mark). */
export function hatchPath(x: number, y: number, w: number, h: number, gap = 6): string {
  const parts: string[] = [];
  for (let k = gap; k < w + h; k += gap) {
    // The line x + (y' - y) = x + k, from its lower-left end to its upper-right end inside the box.
    const x1 = x + Math.max(0, k - h);
    const y1 = y + Math.min(h, k);
    const x2 = x + Math.min(w, k);
    const y2 = y + Math.max(0, k - w);
    parts.push(`M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`);
  }
  return parts.join('');
}

const round = (v: number) => Math.round(v * 10) / 10;
