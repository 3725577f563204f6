/**
 * The chart's heading and subheading, which say on its face that these are crowd-sourced reports,
 * not network measurements.
 */
import type { Mark } from '../scene';
import { BOLD, textMark, wrap } from '../text';
import { MARGIN } from './frame';
import type { Locale } from '../../i18n/locale';
import { regionWords } from './words';

export const HEADING = regionWords.en.heading;
export const SUBHEADING = regionWords.en.subheading;
// The short heading and subheading fit one line each on a 320 × 568 phone's 251 px frame, so
// the bars keep their height (regionWords.*.short…).
/** Below this frame height the short heading and subheading are used. */
const SHORT = 280;

/** The heading's marks, and `bottom`: where the next block starts. */
export function headingMarks(
  size: { width: number; height: number },
  fs: number,
  lh: number,
  locale: Locale = 'en',
): { marks: Mark[]; bottom: number } {
  const words = regionWords[locale];
  const inner = size.width - 2 * MARGIN;
  const short = size.height < SHORT;
  const marks: Mark[] = [];
  let y0 = MARGIN;
  wrap(short ? words.shortHeading : words.heading, inner, fs + 1, BOLD).forEach((line, i) => {
    marks.push(
      textMark(`heading-${i}`, line, {
        x: MARGIN,
        y: y0 + fs,
        'font-size': fs + 1,
        'font-weight': 700,
      }),
    );
    y0 += lh + 2;
  });
  wrap(short ? words.shortSubheading : words.subheading, inner, fs).forEach((line, i) => {
    marks.push(
      textMark(
        `subheading-${i}`,
        line,
        { x: MARGIN, y: y0 + fs, 'font-size': fs },
        'var(--color-muted)',
      ),
    );
    y0 += lh;
  });
  return { marks, bottom: y0 };
}
