/**
 * Screenshots of the built site for a person to look at: every step at narrow phone, phone and
 * desktop width, in either edition.
 * Run: npm run shots [-- [--ru] step-id …]   → tests/.artifacts/shots/[ru-]<width>-<step>.png
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launch, openPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/staticServer.ts';
import { DIST } from '../helpers/dist.ts';
import { expectStepShown, scrollToStep, settledMarks, stepIds } from '../helpers/story.ts';

const out = join(process.cwd(), 'tests', '.artifacts', 'shots');
mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const russian = args.includes('--ru');
const only = args.filter((a) => a !== '--ru');
const edition = russian ? '/ru/' : '/';
const prefix = russian ? 'ru-' : '';
const { server, url } = await serveDist(DIST);
const browser = await launch();
for (const viewport of [{ width: 320, height: 640 }, PHONE, DESKTOP]) {
  const { page } = await openPage(browser, url, { viewport });
  await page.goto(`${url}${edition}`);
  await page.evaluate(() => document.fonts.ready);
  for (const { id } of await stepIds(page)) {
    if (only.length && !only.includes(id)) continue;
    await scrollToStep(page, id);
    await expectStepShown(page, id);
    await settledMarks(page, id);
    await page.screenshot({ path: join(out, `${prefix}${viewport.width}-${id}.png`) });
  }
  await page.context().close();
}
await browser.close();
server.close();
console.warn(`screenshots in ${out}`);
