import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDE_QUERY, activeIndex, triggerOffset } from '../../../src/scroll/geometry';

describe('activeIndex', () => {
  const tops = [100, 400, 900];

  it('is -1 while no step has reached the trigger line', () => {
    expect(activeIndex(tops, 99)).toBe(-1);
    expect(activeIndex([], 500)).toBe(-1);
  });

  it('is the last step whose top has passed the line, a top on the line included', () => {
    expect(activeIndex(tops, 100)).toBe(0);
    expect(activeIndex(tops, 399)).toBe(0);
    expect(activeIndex(tops, 400)).toBe(1);
    expect(activeIndex(tops, 5000)).toBe(2);
  });

  it('decides from positions alone: a jump to the end lands on the last step', () => {
    // Every top far above the line, as after pressing End: no intermediate step wins.
    expect(activeIndex([-9000, -6000, -300], 450)).toBe(2);
  });
});

describe('triggerOffset', () => {
  it('reads at mid-screen beside the chart, lower on phones under a chart on the top half', () => {
    expect(triggerOffset(true)).toBe(0.5);
    expect(triggerOffset(false)).toBe(0.7);
  });

  it('switches at the width where the stylesheet puts the chart beside the steps', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const wide = css.slice(css.indexOf(`@media ${WIDE_QUERY}`));
    expect(wide.length).toBeLessThan(css.length);
    expect(wide).toMatch(/^@media[^{]*\{[^}]*\.scrolly \{[^}]*grid-cols/);
  });
});
