/**
 * Launches Debian's Chromium through playwright-core: no browser download, no network. Every
 * page records console errors and any request that leaves the site's origin. Pages opened with
 * the same options share one browser context (its HTTP cache warm after the first load), so a
 * test closes its page, not the context; the site keeps no state in cookies or storage.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

/** The browser's one context for these options, made on first use. */
export function sharedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const own = contexts.get(browser) ?? new Map<string, Promise<BrowserContext>>();
  contexts.set(browser, own);
  const key = JSON.stringify(options);
  let context = own.get(key);
  if (!context) {
    context = browser.newContext({ viewport: DESKTOP, ...options });
    // A test that closes the context itself gets a fresh one next time.
    void context.then((c) => c.on('close', () => own.delete(key)));
    own.set(key, context);
  }
  return context;
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const page = await (await sharedContext(browser, options)).newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  return { page, errors, foreign };
}
