/**
 * Screenshots of presentation mode for a person to look at: the first slides of the deck at
 * projector sizes, the presenter view, and the article and teacher's page as printed.
 * Run: node tests/visual/present.ts [slide-id …]   → tests/.artifacts/present/*.png
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/staticServer.ts';
import { DIST } from '../helpers/dist.ts';

const out = join(process.cwd(), 'tests', '.artifacts', 'present');
mkdirSync(out, { recursive: true });
const { server, url } = await serveDist(DIST);
const browser = await launch();
const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const { page: probe } = await openPage(browser, url);
await probe.goto(`${url}/present/`);
const ids = await probe.$$eval('[data-slide]', (all) => all.map((s) => s.id));
await probe.context().close();
const wanted = process.argv.slice(2);
const picked = wanted.length ? wanted : [ids[0]!, ids[1]!, ids[2]!, ids.at(-1)!];
for (const viewport of sizes) {
  const { page } = await openPage(browser, url, { viewport });
  for (const id of picked) {
    await page.goto(`${url}/present/#${id}`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `${viewport.width}-${id}.png`) });
  }
  await page.goto(`${url}/present/#${picked[1]}`);
  await page.keyboard.press('q');
  await page.screenshot({ path: join(out, `${viewport.width}-qr.png`) });
  await page.context().close();
}
const { page } = await openPage(browser, url, { viewport: { width: 1440, height: 900 } });
await page.goto(`${url}/present/?presenter#${picked[1]}`);
await page.evaluate(() => document.fonts.ready);
// A running clock: shot once it has ticked past 0:00.
await page.waitForFunction(() => document.querySelector('[data-clock]')?.textContent !== '0:00');
await page.screenshot({ path: join(out, `presenter.png`) });
for (const path of ['/', '/teach/']) {
  await page.goto(`${url}${path}`);
  await page.emulateMedia({ media: 'print' });
  const name = path === '/' ? 'article' : 'teach';
  await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: true });
  // Without pdftoppm at hand, an A4-wide screenshot under print emulation shows the same layout.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: join(out, `print-${name}-1.png`) });
  await page.evaluate(() =>
    window.scrollTo(0, document.querySelector('.chapter')?.getBoundingClientRect().top ?? 1123),
  );
  await page.screenshot({ path: join(out, `print-${name}-2.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ media: 'screen' });
}
await browser.close();
server.close();
console.warn(`screenshots in ${out}`);
