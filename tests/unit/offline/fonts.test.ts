import { describe, expect, it } from 'vitest';
import { embedFonts, pageCodePoints, parseUnicodeRange } from '../../../src/offline/fonts';

const face = (range: string, file: string) =>
  `@font-face{font-family:X;src:url(/_astro/${file}.woff2) format("woff2"),url(/_astro/${file}.woff) format("woff");unicode-range:${range}}`;

describe('font subsets for the one-file edition', () => {
  it('reads unicode ranges, wildcards included', () => {
    expect(parseUnicodeRange('U+??,U+131,U+400-45F,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x45f],
      [0x400, 0x4ff],
    ]);
  });

  it('keeps only the faces the page’s characters need, each as one WOFF2 data: URL', () => {
    const css = face('U+??', 'latin') + face('U+400-45F', 'cyrillic') + face('U+370-3FF', 'greek');
    const used = pageCodePoints('<p>Max и WhatsApp</p><script>const greek = "Ω";</script>');
    const out = embedFonts(css, used, (url) => Buffer.from(url));
    expect(out.match(/@font-face/g)?.length).toBe(2);
    expect(out).toContain(
      `url(data:font/woff2;base64,${Buffer.from('/_astro/latin.woff2').toString('base64')})`,
    );
    expect(out).toContain(Buffer.from('/_astro/cyrillic.woff2').toString('base64'));
    expect(out).not.toContain('.woff)');
    expect(out).not.toContain('greek');
  });
});
