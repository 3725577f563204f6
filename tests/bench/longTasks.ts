/**
 * Long tasks (over 50 ms) on a mid-range phone: 390×844, CPU slowed 4× through a CDP session.
 * Counted twice: while the page loads, and while a reader scrolls the whole article by wheel.
 */
import type { Browser, Page } from 'playwright-core';
import { median } from './median.ts';

export interface LongTasks {
  count: number;
  totalMs: number;
  longestMs: number;
}
export interface LongTaskRun {
  load: LongTasks;
  scroll: LongTasks;
}

const summarise = (durations: number[]): LongTasks => ({
  count: durations.length,
  totalMs: Math.round(durations.reduce((a, b) => a + b, 0)),
  longestMs: Math.round(Math.max(0, ...durations)),
});

/** A mid-range phone: 390×844 at 3× pixels, touch, and a CPU four times slower than this one. */
export async function slowPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Start-up work after load (fonts, the engine's first resolve) belongs to the load figure. */
export const SETTLE_MS = 3000;

/** A reader's steady wheel: 250 px every 100 ms, to the end of the page, then a pause. */
export async function wheelToEnd(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.mouse.move(195, 600);
  for (let y = 0; y < height; y += 250) {
    await page.mouse.wheel(0, 250);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
}

async function once(browser: Browser, url: string): Promise<LongTaskRun> {
  const page = await slowPhone(browser);
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const read = () =>
    page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const atLoad = await read();
  await wheelToEnd(page);
  const all = await read();
  await page.context().close();
  return { load: summarise(atLoad), scroll: summarise(all.slice(atLoad.length)) };
}

export async function longTasksMedian(browser: Browser, url: string, count: number) {
  const runs: LongTaskRun[] = [];
  for (let i = 0; i < count; i++) runs.push(await once(browser, url));
  const pick = (phase: keyof LongTaskRun): LongTasks => ({
    count: median(runs.map((r) => r[phase].count)),
    totalMs: median(runs.map((r) => r[phase].totalMs)),
    longestMs: median(runs.map((r) => r[phase].longestMs)),
  });
  return { median: { load: pick('load'), scroll: pick('scroll') }, runs };
}
