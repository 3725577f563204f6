/**
 * The shape of widths.json: advance widths in thousandths of an em, one array per face, aligned
 * with `chars` (0 where a face lacks the character).
 */
export interface WidthTable {
  chars: string;
  faces: Record<string, number[]>;
}
