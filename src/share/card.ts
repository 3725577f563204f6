/**
 * Share-card images (1200×630 PNG) made at build time, with no browser and no network: the card is
 * an SVG (the chart's own build-time scene beside the title), rendered by resvg with the site's
 * self-hosted fonts. Usage: const png = renderCard({ title, subtitle, chart: { name, state } });
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readDataset } from '../data/dataset';
import { getChart } from '../charts/registry';
import { toSvgString } from '../charts/scene';
import { resolveTokens } from '../charts/tokens';
import { wrap } from '../charts/text';
import { escapeXml } from '../lib/xml';
import { woffToSfnt } from './woff';
import { CARD_SIZE, SITE_NAME } from './site';

export interface CardContent {
  title: string;
  /** Under the title: the chart's title on a chart card, the chapter summary on a typographic one. */
  subtitle: string;
  /** The site's host name (or its title, without SITE_URL), printed in the footer. */
  host: string;
  chart?: { name: string; state: string } | undefined;
}

const FONT_FILES = [
  ['ibm-plex-sans', [400, 600, 700]],
  ['pt-serif', [400, 700]],
] as const;
// Latin for the prose; Cyrillic and Latin Extended in case a label quotes a Russian name.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];

let fontFiles: string[] | undefined;
/**
 * The site's WOFF files converted to TrueType in a private temporary folder (resvg-js 2.6 reads
 * fonts from files only), removed when the build's process exits.
 */
function loadFonts(): string[] {
  if (fontFiles) return fontFiles;
  const dir = mkdtempSync(join(tmpdir(), 'share-card-fonts-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  fontFiles = FONT_FILES.flatMap(([family, weights]) =>
    weights.flatMap((weight) =>
      SUBSETS.map((subset) => {
        const file = join(
          process.cwd(),
          'node_modules',
          '@fontsource',
          family,
          'files',
          `${family}-${subset}-${weight}-normal.woff`,
        );
        const ttf = join(dir, `${family}-${subset}-${weight}.ttf`);
        writeFileSync(ttf, woffToSfnt(readFileSync(file)));
        return ttf;
      }),
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

/** The largest size (down to `min`) at which the text wraps into at most `maxLines` lines. */
function fit(text: string, width: number, sizes: number[], maxLines: number) {
  for (const size of sizes) {
    const lines = wrap(text, width, size * SERIF_BOLD_RATIO);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrap(text, width, size * SERIF_BOLD_RATIO) };
}
// PT Serif Bold runs about 8% wider than the sans that wrap() is calibrated on.
const SERIF_BOLD_RATIO = 1.08;

const PAD = 56;
const { width: W, height: H } = CARD_SIZE;

export function cardSvg(content: CardContent): string {
  const kicker = `<text x="${PAD}" y="${PAD + 20}" font-size="22" font-weight="600" letter-spacing="1.5" style="fill:var(--color-restriction);font-family:var(--font-sans)">${escapeXml(SITE_NAME.toUpperCase())}</text>`;
  const footer =
    `<line x1="${PAD}" x2="${W - PAD}" y1="${H - 58}" y2="${H - 58}" style="stroke:var(--color-rule);stroke-width:2"/>` +
    `<text x="${PAD}" y="${H - 24}" font-size="22" style="fill:var(--color-muted);font-family:var(--font-sans)">${escapeXml(content.host)}</text>`;
  const serif = 'fill:var(--color-ink);font-family:var(--font-serif);font-weight:700';
  const muted = 'fill:var(--color-muted);font-family:var(--font-sans)';
  let body: string;
  if (content.chart) {
    // Title in a left column, the chart beside it at about its usual desktop proportions.
    const column = 400;
    const title = fit(content.title, column, [52, 46, 40, 34], 5);
    const titleTop = PAD + 44;
    const titleBottom = titleTop + title.lines.length * title.size * 1.15;
    const subtitle = wrap(content.subtitle, column, 22).slice(0, 4);
    const chart = getChart(content.chart.name);
    const area = { x: PAD + column + 40, y: PAD - 16, width: 0, height: 0 };
    area.width = W - PAD - area.x + 16;
    area.height = H - 72 - area.y;
    const scene = chart.layout(chart.select(readDataset()), content.chart.state, area);
    body =
      textLines(title.lines, PAD, titleTop, title.size, 1.15, serif) +
      textLines(subtitle, PAD, titleBottom + 16, 22, 1.4, muted) +
      toSvgString(scene, chart.title, false, `x="${area.x}" y="${area.y}"`);
  } else {
    const title = fit(content.title, W - 2 * PAD, [72, 64, 56, 48], 3);
    const titleTop = PAD + 70;
    const titleBottom = titleTop + title.lines.length * title.size * 1.15;
    const summary = wrap(content.subtitle, W - 2 * PAD, 30).slice(0, 4);
    body =
      textLines(title.lines, PAD, titleTop, title.size, 1.15, serif) +
      textLines(
        summary,
        PAD,
        titleBottom + 28,
        30,
        1.4,
        'fill:var(--color-muted);font-family:var(--font-serif)',
      );
  }
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
  const resvg = new Resvg(cardSvg(content), {
    fitTo: { mode: 'width', value: W },
    font: { fontFiles: loadFonts(), loadSystemFonts: false, defaultFontFamily: 'IBM Plex Sans' },
  });
  return resvg.render().asPng();
}
