/**
 * The built site works from whatever address it is served at: the same dist/ on two ports gives
 * QR codes and share links naming each port's own address, and the BASE_PATH=/mirror/ build
 * (npm run build:mirror) served under /mirror/ has no broken link, image, script or font.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launch, openPage } from '../helpers/browser';
import { DIST, MIRROR_BASE, MIRROR_DIST } from '../helpers/dist';
import { serveDist } from '../helpers/staticServer';
import { addresses, parseHtml } from '../helpers/html';
import { allSteps, readStory } from '../../src/story/model';

const step = allSteps(readStory())[3]!;
const servers: Server[] = [];
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

async function serve(root: string, prefix = '/') {
  const { server, url } = await serveDist(root, 0, prefix);
  servers.push(server);
  return url;
}

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('the same build on two addresses', () => {
  it('draws QR codes and shares links of the address it is shown from', async () => {
    const origins = [await serve(DIST), await serve(DIST)];
    expect(new URL(origins[0]!).port).not.toBe(new URL(origins[1]!).port);
    for (const origin of origins) {
      const { page, errors } = await openPage(browser, origin, {
        viewport: { width: 1280, height: 720 },
      });
      await page.goto(`${origin}/present/#${step.id}`);
      await page.keyboard.press('q');
      await expect.poll(() => page.locator('[data-current] [data-qr] svg').isVisible()).toBe(true);
      expect(await decodeQr(page)).toBe(`${origin}/#${step.id}`);
      await page.keyboard.press('End');
      await expect.poll(() => decodeQr(page)).toBe(`${origin}/`);

      await page.goto(`${origin}/`);
      const shared = await page.$$eval('a[data-share]', (links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      );
      expect(shared.length).toBeGreaterThan(10);
      for (const url of shared) expect(url.startsWith(`${origin}/`), url).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('a build under a sub-path', () => {
  it('served at /mirror/, every link, image, script, stylesheet and font it names is there', async () => {
    const origin = await serve(MIRROR_DIST, MIRROR_BASE);
    const root = `${origin}${MIRROR_BASE}`;
    const seen = new Set<string>();
    const broken: string[] = [];
    const queue: { url: string; from: string }[] = [{ url: root, from: '(start)' }];
    while (queue.length) {
      const { url, from } = queue.shift()!;
      const target = new URL(url);
      target.hash = '';
      if (target.origin !== origin || seen.has(target.href)) continue;
      seen.add(target.href);
      const response = await fetch(target);
      if (!response.ok || !target.pathname.startsWith(MIRROR_BASE)) {
        broken.push(`${from} → ${target.pathname} (${response.status})`);
        continue;
      }
      const type = response.headers.get('content-type') ?? '';
      if (!/html|css|javascript/.test(type)) continue;
      const text = await response.text();
      const refs = /html/.test(type)
        ? addresses(parseHtml(text))
        : /css/.test(type)
          ? [...text.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]!)
          : [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
      for (const ref of refs) {
        if (/^(data|mailto|tel|javascript):/.test(ref)) continue;
        queue.push({ url: new URL(ref, target).href, from: target.pathname });
      }
    }
    expect(broken).toEqual([]);
    // The crawl reached the pages, the share pages, the static charts and the fonts.
    const paths = [...seen].map((u) => new URL(u).pathname);
    expect(paths).toContain(`${MIRROR_BASE}present/`);
    expect(paths).toContain(`${MIRROR_BASE}teach/`);
    expect(paths.filter((p) => p.endsWith('.woff2')).length).toBeGreaterThan(5);
    expect(paths.filter((p) => p.startsWith(`${MIRROR_BASE}charts/`)).length).toBeGreaterThan(20);
    expect(paths.filter((p) => p.startsWith(`${MIRROR_BASE}s/`)).length).toBeGreaterThan(5);
  });
});
