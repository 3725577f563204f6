/**
 * Share-card images (1200×630 PNG) made at build time, with no browser and no network: the card is
 * an SVG (the chart's own build-time scene beside the title), rendered by resvg with the site's
 * fonts (full TrueType files of the same faces). Usage: const png = renderCard({ title, subtitle, chart: { name, state } });
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { readDataset } from '../data/dataset';
import { getChart } from '../charts/registry';
import { toSvgString } from '../charts/scene';
import { resolveTokens } from '../charts/tokens';
import { wrap } from '../charts/text';
import { escapeXml } from '../lib/xml';
import type { Face } from '../charts/text';
import type { Scene } from '../charts/scene';
import { CARD_CHART, CARD_SIZE } from './site';
import type { Locale } from '../i18n/locale';
import { UI } from '../i18n/ui';

export interface CardContent {
  /** The edition: the kicker's name, the chart's words and data. */
  locale: Locale;
  title: string;
  /** Under the title: the chart's title on a chart card, the chapter summary on a typographic one. */
  subtitle: string;
  /** The site's host name (or its title, without SITE_URL), printed in the footer. */
  host: string;
  chart?: { name: string; state: string } | undefined;
}

/**
 * The site's two families as whole TrueType files (Latin and Cyrillic in one face), from the same
 * Google Fonts releases the site's @fontsource WOFFs are cut from. resvg cannot be given the
 * per-script subsets: a glyph missing from the face it picked falls back to the first loaded face
 * that has it, whatever its family or weight, so Russian bold and serif text came out in regular
 * sans.
 */
const FONT_FILES = [
  ['ibm-plex-sans', 'IBMPlexSans', ['400Regular', '600SemiBold', '700Bold']],
  ['pt-serif', 'PTSerif', ['400Regular', '700Bold']],
] as const;

const require = createRequire(import.meta.url);
let fontFiles: string[] | undefined;
function loadFonts(): string[] {
  fontFiles ??= FONT_FILES.flatMap(([pkg, name, weights]) =>
    weights.map((weight) =>
      require.resolve(`@expo-google-fonts/${pkg}/${weight}/${name}_${weight}.ttf`),
    ),
  );
  return fontFiles;
}

function textLines(
  lines: string[],
  x: number,
  top: number,
  size: number,
  leading: number,
  style: string,
) {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${top + size + i * size * leading}" font-size="${size}" style="${style}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The largest size at which the text wraps into lines that fit `height` (else the smallest). */
function fit(text: string, width: number, height: number, sizes: number[], face: Face) {
  const wrapAt = (size: number) => ({ size, lines: wrap(text, width, size, face) });
  return (
    sizes.map(wrapAt).find((t) => t.lines.length * t.size * LEADING <= height) ??
    wrapAt(sizes.at(-1)!)
  );
}

const SERIF_BOLD: Face = { family: 'serif', weight: 700 };
const PAD = 48;
const { width: W, height: H } = CARD_SIZE;
/** Headlines read from a 400 px wide preview: 56 px on the card is 19 px there. */
export const HEADLINE_SIZES = [64, 60, 56];
/** A card without a chart has the whole width for its headline. */
export const TYPE_CARD_SIZES = [72, 64, 56];
/** The card's smallest text (kicker, footer, subtitle), a third of it in a preview: 7–8 px. */
export const CARD_TEXT = 22;
/**
 * The chart is laid out for a phone-sized frame (its labels are at least 11 px there, and the
 * layouts already drop what does not fit) and drawn at twice that size, so its smallest label is
 * 22 px on the card: the simplified phone chart, not the desktop one shrunk.
 */
export const CARD_CHART_SCALE = 2;
const CHART_BOX = {
  x: W - PAD - CARD_CHART.width * CARD_CHART_SCALE,
  y: PAD - 8,
  width: CARD_CHART.width * CARD_CHART_SCALE,
  height: CARD_CHART.height * CARD_CHART_SCALE,
};
const FOOTER_RULE = H - 58;
const LEADING = 1.12;

/** What the card sets where, in card pixels: the SVG is drawn from this, and tests read it. */
export interface CardPlan {
  headline: { size: number; lines: string[]; top: number; width: number };
  subtitle: { size: number; lines: string[]; top: number };
  chart?: { scene: Scene; label: string; x: number; y: number; scale: number };
}

export function cardPlan(content: CardContent): CardPlan {
  if (!content.chart) {
    const width = W - 2 * PAD;
    // Up to three lines of 72 px type, over the summary.
    const title = fit(content.title, width, 3 * 72 * LEADING, TYPE_CARD_SIZES, SERIF_BOLD);
    const top = PAD + 70;
    const bottom = top + title.lines.length * title.size * LEADING;
    return {
      headline: { ...title, top, width },
      subtitle: {
        size: 30,
        lines: wrap(content.subtitle, width, 30).slice(0, 4),
        top: bottom + 28,
      },
    };
  }
  // The headline in a left column; the chart beside it, over the rest of the card.
  const width = CHART_BOX.x - 36 - PAD;
  const top = PAD + 48;
  const title = fit(content.title, width, FOOTER_RULE - 16 - top, HEADLINE_SIZES, SERIF_BOLD);
  const bottom = top + title.lines.length * title.size * LEADING;
  // The chart's title under the headline, as many lines as fit above the footer.
  const subtitleTop = bottom + 14;
  const subtitleRows = Math.max(
    0,
    Math.floor((FOOTER_RULE - 12 - subtitleTop) / (CARD_TEXT * 1.35)),
  );
  const chart = getChart(content.chart.name);
  return {
    headline: { ...title, top, width },
    subtitle: {
      size: CARD_TEXT,
      lines: wrap(content.subtitle, width, CARD_TEXT).slice(0, Math.min(3, subtitleRows)),
      top: subtitleTop,
    },
    chart: {
      scene: chart.layout(
        chart.select(readDataset(content.locale)),
        content.chart.state,
        CARD_CHART,
        content.locale,
      ),
      label: chart.title[content.locale],
      x: CHART_BOX.x,
      y: CHART_BOX.y,
      scale: CARD_CHART_SCALE,
    },
  };
}

export function cardSvg(content: CardContent): string {
  const plan = cardPlan(content);
  const kicker = `<text x="${PAD}" y="${PAD + 24}" font-size="${CARD_TEXT}" font-weight="600" letter-spacing="1.5" style="fill:var(--color-restriction);font-family:var(--font-sans)">${escapeXml(UI[content.locale].site.name.toUpperCase())}</text>`;
  const footer =
    `<line x1="${PAD}" x2="${W - PAD}" y1="${FOOTER_RULE}" y2="${FOOTER_RULE}" style="stroke:var(--color-rule);stroke-width:2"/>` +
    `<text x="${PAD}" y="${H - 22}" font-size="${CARD_TEXT}" style="fill:var(--color-muted);font-family:var(--font-sans)">${escapeXml(content.host)}</text>`;
  const serif = 'fill:var(--color-ink);font-family:var(--font-serif);font-weight:700';
  const { headline, subtitle, chart } = plan;
  const subtitleStyle = chart
    ? 'fill:var(--color-muted);font-family:var(--font-sans)'
    : 'fill:var(--color-muted);font-family:var(--font-serif)';
  const body =
    textLines(headline.lines, PAD, headline.top, headline.size, LEADING, serif) +
    textLines(subtitle.lines, PAD, subtitle.top, subtitle.size, 1.35, subtitleStyle) +
    (chart
      ? `<g transform="translate(${chart.x} ${chart.y}) scale(${chart.scale})">${toSvgString(chart.scene, chart.label, false)}</g>`
      : '');
  return resolveTokens(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<rect width="${W}" height="${H}" style="fill:var(--color-paper)"/>` +
      `<rect width="${W}" height="10" style="fill:var(--color-ink)"/>` +
      kicker +
      body +
      footer +
      `</svg>`,
  );
}

export function renderCard(content: CardContent): Buffer {
  return rasterize(cardSvg(content));
}

/** An SVG as a PNG at the card's width, with the cards' fonts and no others. */
export function rasterize(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: W },
    font: { fontFiles: loadFonts(), loadSystemFonts: false, defaultFontFamily: 'IBM Plex Sans' },
  });
  return resvg.render().asPng();
}
