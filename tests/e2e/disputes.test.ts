/**
 * What a reader sees of an event's account and its dispute: in the tip of its mark (live chart,
 * read back from the data table) and in the "Show the data" table, with or without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launch, openPage } from '../helpers/browser';
import { expectStepShown, scrollToStep } from '../helpers/story';
import { readDataset } from '../../src/data/dataset';

const base = inject('baseUrl');
const events = readDataset().events;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

describe('an event’s dispute reaches the reader', () => {
  it.each([
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const)('in the tip of its mark, marked as a dispute (%s)', async (_, viewport) => {
    const { page, errors } = await openPage(browser, base, viewport ? { viewport } : {});
    await page.goto(`${base}/`);
    await scrollToStep(page, 'whatsapp-dns-day');
    await expectStepShown(page, 'whatsapp-dns-day');
    const event = events.find((e) => e.id === 'whatsapp-dns-removed')!;
    const block = page.locator('[data-block="dns-timeline"]');
    await block.locator('[data-key="ev-whatsapp-dns-removed"]').focus();
    const tip = block.locator('[data-tip]:not([hidden])');
    await expect.poll(() => tip.textContent()).toContain(event.description);
    const dispute = tip.locator('.dispute');
    expect(flat(await dispute.innerText())).toBe(flat(`Disputed: ${event.disputed}`));
    // The whole tip is inside the chart's frame, readable.
    const [tipBox, frameBox] = await Promise.all([
      tip.boundingBox(),
      block.locator('[data-chart-frame]').boundingBox(),
    ]);
    expect(tipBox!.y).toBeGreaterThanOrEqual(frameBox!.y - 1);
    expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in the data table without JavaScript, for every event', async () => {
    const { page } = await openPage(browser, base, { javaScriptEnabled: false, viewport: PHONE });
    await page.goto(`${base}/`);
    await page.locator('details#data-timeline summary').click();
    const rows = await page.$$eval('#data-timeline tr[data-row]', (trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-row')!,
        text: (tr as HTMLElement).innerText,
        dispute: (tr.querySelector('.dispute') as HTMLElement | null)?.innerText ?? null,
        marked: !!tr.querySelector('.dispute .dispute-label'),
        visible: (tr as HTMLElement).offsetHeight > 0,
      })),
    );
    for (const e of events) {
      const row = rows.find((r) => r.id === e.id);
      expect(row, e.id).toBeDefined();
      expect(row!.visible, e.id).toBe(true);
      expect(flat(row!.text), e.id).toContain(flat(e.description));
      if (e.disputed) {
        expect(row!.marked, e.id).toBe(true);
        expect(flat(row!.dispute!), e.id).toBe(flat(`Disputed: ${e.disputed}`));
      } else expect(row!.dispute, e.id).toBeNull();
    }
    await page.context().close();
  });
});
