// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/xml';
import { toSvgString } from '../../../src/charts/scene';
import type { Scene } from '../../../src/charts/scene';

describe('escapeXml', () => {
  it('escapes the characters that end text or a double-quoted attribute', () => {
    expect(escapeXml(`Tom & "Jerry" <b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
  });

  it('escapes an ampersand once, even before an entity', () => {
    expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text as it is', () => {
    expect(escapeXml('Max — «национальный» 97%')).toBe('Max — «национальный» 97%');
  });
});

// Text from the data, with every character that could break out of the markup.
const hostile = `"><script>alert(1)</script><x a='`;
const scene: Scene = {
  width: 200,
  height: 100,
  marks: [
    {
      key: `k"${hostile}`,
      tag: 'text',
      attrs: { x: 1.26, y: 2, 'data-note': hostile },
      className: `c" onload="x`,
      style: { fill: 'var(--color-ink)' },
      text: `A & B <${hostile}>`,
      tip: { heading: `"12 Jul" & <b>`, body: hostile, source: 'RBC & TASS' },
    },
  ],
};

/** The SVG string as a browser's parser reads it. */
const parse = (svg: string) =>
  new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

describe('toSvgString', () => {
  it('round-trips hostile text and attributes through an XML parser unchanged', () => {
    const root = parse(toSvgString(scene, `Chart "one" & <two>`));
    expect(root.getAttribute('aria-label')).toBe(`Chart "one" & <two>`);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const mark = root.querySelector('text')!;
    expect(root.children).toHaveLength(1);
    expect(mark.getAttribute('data-key')).toBe(`k"${hostile}`);
    expect(mark.getAttribute('class')).toBe(`c" onload="x`);
    expect(mark.getAttribute('onload')).toBeNull();
    expect(mark.getAttribute('data-note')).toBe(hostile);
    expect(mark.textContent).toBe(`A & B <${hostile}>`);
    expect(mark.getAttribute('aria-label')).toBe(`"12 Jul" & <b>: ${hostile}. Source: RBC & TASS`);
  });

  it('labels marks for the live chart but never makes one a tab stop', () => {
    const live = parse(toSvgString(scene, 'Chart'));
    expect(live.getAttribute('role')).toBe('group');
    expect(live.querySelector('[tabindex]')).toBeNull();
    expect(live.querySelector('text')!.getAttribute('role')).toBe('img');
  });

  it('gives a static copy a hover title instead of a label', () => {
    const copy = parse(toSvgString(scene, 'Chart', false));
    expect(copy.getAttribute('role')).toBe('img');
    expect(copy.querySelector('[aria-label]:not(svg)')).toBeNull();
    expect(copy.querySelector('title')!.textContent).toBe(
      `"12 Jul" & <b>: ${hostile}. Source: RBC & TASS`,
    );
  });

  it('rounds numbers to a tenth of a unit', () => {
    expect(parse(toSvgString(scene, 'Chart')).querySelector('text')!.getAttribute('x')).toBe('1.3');
  });
});
