/**
 * A chart is laid out for its frame's real shape, but never for more than a design size: a larger
 * frame gets the same layout scaled up by its viewBox, so type, dots and strokes grow with the
 * frame (11 px labels become 14–15 px on a 1440×900 desktop and about 18 px on a 1920×1080
 * monitor) instead of the chart spreading thin with 11 px labels. Phone frames (narrower than the
 * design width) are laid out at their own size, unscaled.
 */
import type { Size } from './scene';

/** The frame a chart is designed for: at these sizes labels need no scaling to be read. */
export const DESIGN_SIZE: Size = { width: 600, height: 540 };

/** How much the frame enlarges the chart: 1 up to the design size, then the smaller ratio. */
export const chartScale = (frame: Size) =>
  Math.max(1, Math.min(frame.width / DESIGN_SIZE.width, frame.height / DESIGN_SIZE.height));

/** The size to lay the chart out at, so that scaled by chartScale it fills `frame` exactly. */
export function layoutSize(frame: Size): Size {
  const k = chartScale(frame);
  return { width: Math.round(frame.width / k), height: Math.round(frame.height / k) };
}
