/**
 * Screenshots of the built site for a person to look at: every step at phone and desktop width.
 * Run: npm run shots [-- step-id …]   → tests/.artifacts/shots/<width>-<step>.png
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/staticServer.ts';
import { DIST } from '../helpers/dist.ts';
import { expectStepShown, scrollToStep, settledMarks, stepIds } from '../helpers/story.ts';

const out = join(process.cwd(), 'tests', '.artifacts', 'shots');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const { server, url } = await serveDist(DIST);
const browser = await launch();
for (const viewport of [PHONE, DESKTOP]) {
  const { page } = await openPage(browser, url, { viewport });
  await page.goto(`${url}/`);
  await page.evaluate(() => document.fonts.ready);
  for (const { id } of await stepIds(page)) {
    if (only.length && !only.includes(id)) continue;
    await scrollToStep(page, id);
    await expectStepShown(page, id);
    await settledMarks(page, id);
    await page.screenshot({ path: join(out, `${viewport.width}-${id}.png`) });
  }
  await page.context().close();
}
await browser.close();
server.close();
console.warn(`screenshots in ${out}`);
