/**
 * Design tokens, defined once. Tailwind utilities read them, and the plugin below exposes every
 * token as a CSS variable (`--color-ink`, `--font-sans`…) so chart code can use `var(--…)`.
 */
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

export const colors = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  // 7.0:1 on paper: secondary text stays readable on projectors.
  muted: '#55534e',
  rule: '#d8d4ca',
  wash: '#f1eee6',
  // Service colours, darkened until white text and paper backgrounds both pass WCAG AA.
  whatsapp: '#1c7c4b',
  telegram: '#1f6fa3',
  max: '#6b3fb3',
  vk: '#4a6a8a',
  other: '#7a746a',
  // Event categories on the timeline.
  restriction: '#b3261e',
  law: '#8a5a00',
  statement: '#4f4b45',
  highlight: '#f0b429',
  ok: '#2e7d4f',
  partial: '#c77c02',
  blocked: '#b3261e',
  unknown: '#9b968c',
} as const;

export const fonts = {
  serif: ['"PT Serif"', 'Georgia', 'serif'],
  // The fallback face stands in at Plex's metrics while it loads (src/styles/fallback-fonts.css).
  sans: ['"IBM Plex Sans"', '"Plex Sans Fallback"', 'system-ui', 'sans-serif'],
} as const;

const tokensAsVariables = plugin(({ addBase }) => {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(colors)) vars[`--color-${name}`] = value;
  for (const [name, stack] of Object.entries(fonts)) vars[`--font-${name}`] = stack.join(', ');
  addBase({ ':root': vars });
});

export default {
  content: ['./src/**/*.{astro,ts}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors,
      fontFamily: { serif: [...fonts.serif], sans: [...fonts.sans] },
      maxWidth: { prose: '38rem' },
    },
  },
  plugins: [tokensAsVariables],
} satisfies Config;
