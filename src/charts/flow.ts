/**
 * Flows items of the given widths left to right, wrapping to a new row when `width` runs out: how
 * chart legends lay their entries out. Returns each item's top-left corner.
 */
export function flow(widths: number[], width: number, rowHeight: number, gap: number) {
  let x = 0;
  let y = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    const at = { x, y };
    x += w + gap;
    return at;
  });
}
