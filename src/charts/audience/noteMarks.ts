/** Where a state's note is written inside the reach panel, if it has room there. */
import type { Mark } from '../scene';
import { textMark, textWidth, wrap } from '../text';
import { periodX } from './frame';
import type { Plot } from './frame';
import { noteFor } from './notes';
import type { Panel } from './panels';
import type { AudienceState } from './states';

export function noteMarks(
  panel: Panel,
  plotTop: number,
  plot: Plot,
  state: AudienceState,
  narrow: boolean,
): Mark[] {
  const { x, y, left, right, fs, lh, r } = plot;
  const note = panel.key === 'reach' ? noteFor(state, panel.rows, plot.locale) : undefined;
  // Clear of the gridline labels at the left edge.
  const boxWidth = Math.min(right - left - 44, narrow ? 260 : 300);
  const lines = note ? wrap(note.text, boxWidth, fs) : [];
  // A note at the top goes only where it clears the highest dot; the tips say it otherwise.
  const highest = Math.min(...panel.rows.map((p) => y(p.value)));
  if (!note || (note.at !== 'bottom' && !(plotTop + lines.length * lh + r < highest))) return [];
  const first = note.at === 'top' ? plotTop + fs : panel.bottom - 8 - (lines.length - 1) * lh;
  // Nor over a dot: on the smallest frames (a share card's, a 320 px phone's) a bottom note can
  // reach up to low values such as Max's first months; there, too, the tips carry the note.
  const noteW = Math.max(...lines.map((l) => textWidth(l, fs)));
  const [x0, x1] =
    note.at === 'top' ? [left + 36, left + 36 + noteW] : [right - 4 - noteW, right - 4];
  const [y0, y1] = [first - fs, first + (lines.length - 1) * lh + 4];
  const covers = panel.rows.some((p) => {
    const [cx, cy] = [x(periodX(p.period)), y(p.value)];
    return cx + r > x0 && cx - r < x1 && cy + r > y0 && cy - r < y1;
  });
  if (covers) return [];
  return lines.map((line, i) =>
    textMark(`note-${i}`, line, {
      x: note.at === 'top' ? left + 36 : right - 4,
      y: first + i * lh,
      'font-size': fs,
      'text-anchor': note.at === 'top' ? 'start' : 'end',
    }),
  );
}
