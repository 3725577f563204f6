import { describe, expect, it } from 'vitest';
import widths from '../../../src/charts/fonts/widths.json';
import { measureFonts } from '../../../src/charts/fonts/measure';
import { BOLD, textWidth, wrap } from '../../../src/charts/text';

describe('text measurement from the site’s fonts', () => {
  it('commits the width table the font files give (npm run fonts:widths regenerates it)', () => {
    expect(measureFonts()).toEqual(widths);
  });

  it('measures Latin and Cyrillic in every face the charts and cards set', () => {
    for (const face of Object.keys(widths.faces))
      for (const ch of 'AaWwЖжЯяШщ0–') {
        const i = [...widths.chars].indexOf(ch);
        expect(widths.faces[face as keyof typeof widths.faces][i], `${face} ${ch}`).toBeGreaterThan(
          0,
        );
      }
  });

  it('gives each letter its own width and bold its wider one', () => {
    // IBM Plex Sans Regular: "i" 250/1000 em, "W" 891/1000 em.
    expect(textWidth('i', 10)).toBeCloseTo(2.5);
    expect(textWidth('W', 10)).toBeCloseTo(8.91);
    expect(textWidth('WhatsApp', 11, BOLD)).toBeGreaterThan(textWidth('WhatsApp', 11));
    expect(textWidth('Ватсап', 14)).toBeGreaterThan(textWidth('iiiiii', 14) * 1.5);
  });

  it('wraps to the measured width, so narrow letters fit more per line than wide ones', () => {
    expect(wrap('ill ill ill ill ill ill', 60, 12)).toHaveLength(2);
    expect(wrap('WWW WWW WWW WWW WWW WWW', 60, 12)).toHaveLength(6);
    for (const line of wrap('Заблокированы звонки в WhatsApp и Telegram', 120, 13))
      expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });
});
