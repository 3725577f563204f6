/**
 * Lighthouse's performance figures for one page, with its mobile defaults (simulated slow 4G and
 * a 4× slower CPU), driving Debian's Chromium. Median of several runs: the machine is shared.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { median } from './median.ts';

export interface LighthouseFigures {
  performance: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  transferredKiB: number;
}

const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

async function once(url: string): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      lcpMs: audit('largest-contentful-paint'),
      fcpMs: audit('first-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndexMs: audit('speed-index'),
      transferredKiB: audit('total-byte-weight') / 1024,
    };
  } finally {
    chrome.kill();
  }
}

/** Each figure is the median of its own runs; `runs` keeps every run so the noise shows. */
export async function lighthouseMedian(url: string, count: number) {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < count; i++) runs.push(await once(url));
  const pick = (key: keyof LighthouseFigures) => median(runs.map((r) => r[key]));
  const figures: LighthouseFigures = {
    performance: pick('performance'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    speedIndexMs: pick('speedIndexMs'),
    transferredKiB: pick('transferredKiB'),
  };
  return { median: figures, runs };
}
