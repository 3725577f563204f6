/**
 * How the built pages load their faces: the prose face never swaps in after the first paint (a
 * swap reflowed the masthead under a phone reader), while the sans faces, whose metrics chart
 * labels are fitted to, do swap in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const css = readdirSync(join(DIST, '_astro'))
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(join(DIST, '_astro', name), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => ({
  family: /font-family:\s*"?([^;"]+)"?/.exec(m[1]!)?.[1],
  display: /font-display:\s*([a-z]+)/.exec(m[1]!)?.[1],
}));

describe('font loading', () => {
  it('loads PT Serif with font-display optional', () => {
    const serif = faces.filter((f) => f.family === 'PT Serif');
    expect(serif.length).toBeGreaterThan(0);
    expect(new Set(serif.map((f) => f.display))).toEqual(new Set(['optional']));
  });

  it('lets IBM Plex Sans swap in, since chart labels are measured in it', () => {
    const sans = faces.filter((f) => f.family === 'IBM Plex Sans');
    expect(sans.length).toBeGreaterThan(0);
    expect(new Set(sans.map((f) => f.display))).toEqual(new Set(['swap']));
  });
});
