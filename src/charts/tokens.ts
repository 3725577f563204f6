/**
 * An SVG drawn outside the page (a share card rendered by resvg, a chart image in an <img>) cannot
 * see the page's CSS variables: replace the design tokens with their literal values.
 */
import { colors, fonts } from '../../tailwind.config';

// The page's stand-in face (src/styles/fallback-fonts.css) exists only in its CSS: outside it,
// name the system faces it stands on, which are as wide as Plex.
const STANDINS: Record<string, string[]> = {
  '"Plex Sans Fallback"': ['Arial', '"Liberation Sans"', 'Arimo', 'Helvetica'],
};

// Font stacks are written into XML attributes, so their quotes must be single quotes.
const fontStack = (name: keyof typeof fonts) =>
  fonts[name]
    .flatMap((face) => STANDINS[face] ?? [face])
    .join(', ')
    .replace(/"/g, "'");

export function resolveTokens(svg: string): string {
  return svg.replace(
    /var\(--(color|font)-([a-z0-9-]+)(?:\s*,[^)]*)?\)/g,
    (whole, kind: string, name: string) => {
      if (kind === 'color' && name in colors) return colors[name as keyof typeof colors];
      if (kind === 'font' && name in fonts) return fontStack(name as keyof typeof fonts);
      throw new Error(`unknown design token ${whole}`);
    },
  );
}
