import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launch, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { expectStepShown } from '../helpers/story';
import { currentSlide, expectSlide, slideIds } from '../helpers/present';
import { measureChart, median } from '../helpers/chartMeasure';
import { allSteps, readStory } from '../../src/story/model';

const base = inject('baseUrl');
const steps = allSteps(readStory());
const FULL_HD = { width: 1920, height: 1080 };
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

async function open(path = '/present/', viewport = { width: 1280, height: 720 }) {
  const watched = await openPage(browser, base, { viewport });
  await watched.page.goto(`${base}${path}`);
  await watched.page.evaluate(() => document.fonts.ready);
  return watched;
}

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('moving through the slides', () => {
  it('walks forward through every slide with each Next key, then back with each Previous key', async () => {
    const { page, errors, foreign } = await open();
    const ids = await slideIds(page);
    expect(ids.length).toBe(steps.length + readStory().length + 1);
    await expectSlide(page, ids[0]!);
    const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await expectSlide(page, ids[i]!);
      const progress = await page.locator('[data-current] .slide-progress').innerText();
      expect(progress).toContain(`${i + 1} / ${ids.length}`);
    }
    await page.keyboard.press('ArrowRight');
    expect(await currentSlide(page)).toBe(ids.at(-1));
    const prevKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    for (let i = ids.length - 2; i >= 0; i--) {
      await page.keyboard.press(prevKeys[i % prevKeys.length]!);
      await expectSlide(page, ids[i]!);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('goes to the first and last slide with Home and End', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    await page.keyboard.press('End');
    await expectSlide(page, ids.at(-1)!);
    await page.keyboard.press('Home');
    await expectSlide(page, ids[0]!);
    await page.context().close();
  });

  it('jumps to a typed slide number on Enter, showing the number while it is typed', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    const target = Math.min(12, ids.length);
    for (const digit of String(target)) await page.keyboard.press(digit);
    await expect.poll(() => page.locator('[data-jump]').innerText()).toContain(String(target));
    expect(await page.locator('[data-jump]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expectSlide(page, ids[target - 1]!);
    expect(await page.locator('[data-jump]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('starts at the slide the address names, for steps and chapter titles', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    const { page } = await open(`/present/#${middle.id}`);
    await expectSlide(page, middle.id);
    await page.goto(`${base}/present/#${middle.chapter}`);
    await page.reload();
    await expectSlide(page, middle.chapter);
    await page.context().close();
  });

  it('starts at the first slide, without errors, from an unknown or malformed address', async () => {
    for (const hash of ['#nope', '#%E0%A4%A']) {
      const { page, errors } = await open(`/present/${hash}`);
      await expectSlide(page, (await slideIds(page))[0]!);
      expect(errors, hash).toEqual([]);
      await page.context().close();
    }
  });

  it('moves with the on-screen buttons, by mouse and by keyboard', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectSlide(page, ids[1]!);
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expectSlide(page, ids[2]!);
    await page.getByRole('button', { name: 'Previous' }).focus();
    await page.keyboard.press('Space');
    await expectSlide(page, ids[1]!);
    await page.context().close();
  });

  it('turns slides with a sideways swipe on a touch screen', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    const swipe = (from: number, to: number) =>
      page.evaluate(
        ([x0, x1]) => {
          const target = document.querySelector('[data-slide][data-current]')!;
          const event = (type: string, x: number) =>
            new PointerEvent(type, {
              pointerType: 'touch',
              clientX: x,
              clientY: 300,
              bubbles: true,
              isPrimary: true,
            });
          target.dispatchEvent(event('pointerdown', x0!));
          target.dispatchEvent(event('pointerup', x1!));
        },
        [from, to],
      );
    await swipe(900, 300);
    await expectSlide(page, ids[1]!);
    await swipe(300, 900);
    await expectSlide(page, ids[0]!);
    await page.context().close();
  });
});

describe('screen controls', () => {
  it('blanks the screen with B, and B again or a navigation key brings it back', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    const blank = page.locator('[data-blank]');
    await page.keyboard.press('b');
    await expect.poll(() => blank.isVisible()).toBe(true);
    const box = await blank.boundingBox();
    expect(box).toMatchObject({ width: 1280, height: 720 });
    await page.keyboard.press('b');
    await expect.poll(() => blank.isVisible()).toBe(false);
    await page.keyboard.press('b');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => blank.isVisible()).toBe(false);
    // The key that lifts the blank does not also move on: the audience sees where it left off.
    expect(await currentSlide(page)).toBe(ids[0]);
    await page.context().close();
  });

  it('toggles full screen with F', async () => {
    const { page } = await open();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.context().close();
  });

  it('leaves with Esc for the article at the same step, with that step active', async () => {
    const step = steps[Math.floor(steps.length / 3)]!;
    const { page } = await open(`/present/#${step.id}`, { width: 1440, height: 900 });
    await expectSlide(page, step.id);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${base}/#${step.id}`);
    await expectStepShown(page, step.id);
    await page.context().close();
  });

  it('leaves with Esc from a chapter title slide for that chapter in the article', async () => {
    const chapter = readStory()[1] ?? readStory()[0]!;
    const { page } = await open(`/present/#${chapter.id}`);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${base}/#${chapter.id}`);
    await expect
      .poll(() =>
        page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, chapter.id),
      )
      .toBeLessThan(200);
    await page.context().close();
  });
});

describe('QR codes', () => {
  it('overlays a QR code of the current step’s article address on Q, which a phone can read', async () => {
    const step = steps[Math.min(2, steps.length - 1)]!;
    const { page } = await open(`/present/#${step.id}`);
    await page.keyboard.press('q');
    await expect.poll(() => page.locator('[data-current] [data-qr] svg').isVisible()).toBe(true);
    // The address the deck is shown from (tests/e2e/address.test.ts tries two).
    expect(await decodeQr(page)).toBe(`${base}/#${step.id}`);
    // Q again, or Esc, closes it without leaving.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-current] [data-qr] svg').isVisible()).toBe(false);
    expect(page.url()).toContain('/present/');
    await page.context().close();
  });

  it('shows a QR code of the whole story on the last slide', async () => {
    const { page } = await open();
    await page.keyboard.press('End');
    await expect.poll(() => decodeQr(page)).toBe(`${base}/`);
    await page.context().close();
  });
});

describe('the presenter view', () => {
  it('shows the current and next slide, the notes and a running clock, and stays in step both ways', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const audience = await context.newPage();
    const presenter = await context.newPage();
    await audience.goto(`${base}/present/`);
    await presenter.goto(`${base}/present/?presenter`);
    const ids = await slideIds(audience);
    const withNotes = steps.find((s) => s.notes) ?? steps[0]!;
    const notesAt = ids.indexOf(withNotes.id);

    await audience.keyboard.press('ArrowRight');
    await expectSlide(presenter, ids[1]!);
    await expect
      .poll(() => presenter.locator('[data-slide][data-next]').getAttribute('id'))
      .toBe(ids[2]);
    expect(await presenter.locator('[data-slide][data-next]').isVisible()).toBe(true);

    await presenter.keyboard.press('ArrowRight');
    await expectSlide(audience, ids[2]!);

    for (const digit of String(notesAt + 1)) await presenter.keyboard.press(digit);
    await presenter.keyboard.press('Enter');
    await expectSlide(audience, withNotes.id);
    // The slide shows one line; the presenter reads the step's whole text, then its notes.
    const notes = (await presenter.locator('[data-notes-body]').innerText())
      .replace(/\s+/g, ' ')
      .trim();
    expect(notes.startsWith(withNotes.text.replace(/\s+/g, ' ').trim())).toBe(true);
    expect(
      notes.endsWith(
        withNotes.notes ? withNotes.notes.replace(/\s+/g, ' ') : 'No notes for this slide.',
      ),
    ).toBe(true);
    // Notes are only for the presenter.
    expect(await audience.locator('[data-notes-panel]').isVisible()).toBe(false);

    const clock = presenter.locator('[data-clock]');
    const before = await clock.innerText();
    await expect.poll(() => clock.innerText(), { timeout: 3000 }).not.toBe(before);

    await presenter.keyboard.press('b');
    await expect.poll(() => audience.locator('[data-blank]').isVisible()).toBe(true);
    expect(await presenter.locator('[data-blank]').isVisible()).toBe(false);
    await presenter.keyboard.press('b');
    await expect.poll(() => audience.locator('[data-blank]').isVisible()).toBe(false);
    await context.close();
  });

  it('opens from the audience window with S', async () => {
    const { page } = await open();
    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForLoadState();
    expect(presenter.url()).toContain('/present/?presenter');
    await expect.poll(() => presenter.locator('[data-notes-panel]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('accessibility and layout', () => {
  it('has no axe-core violations on title, step and closing slides, with the QR code open, and in the presenter view', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    for (const id of [ids[0]!, ids[1]!, ids.at(-1)!]) {
      await page.goto(`${base}/present/#${id}`);
      await page.reload();
      await expectSlide(page, id);
      expect(await axeViolations(page), id).toEqual([]);
    }
    await page.goto(`${base}/present/#${ids[1]}`);
    await page.reload();
    await page.keyboard.press('q');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/present/?presenter#${ids[1]}`);
    await expectSlide(page, ids[1]!);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
    // axe reads every slide in the deck, five times over: give it room as the story grows.
  }, 150_000);

  it('sets slide text at 28 px or more on a 1920×1080 projector', async () => {
    const { page } = await open('/present/', FULL_HD);
    const ids = await slideIds(page);
    const stepIds = new Set(steps.map((s) => s.id));
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expectSlide(page, ids[i]!);
      const sizes = await page.$$eval(
        '[data-current] .slide-text p, [data-current] .slide-summary',
        (all) => all.map((p) => parseFloat(getComputedStyle(p).fontSize)),
      );
      if (stepIds.has(ids[i]!)) expect(sizes.length, ids[i]).toBeGreaterThan(0);
      for (const size of sizes) expect(size, ids[i]).toBeGreaterThanOrEqual(28);
    }
    await page.context().close();
  });

  it('puts the chart first on a 1920×1080 projector: marks cover a median ≥ 0.45, text ≥ 20 px', async () => {
    const { page } = await open('/present/', FULL_HD);
    const ids = await slideIds(page);
    const stepIds = new Set(steps.map((s) => s.id));
    const coverage: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      if (!stepIds.has(ids[i]!)) continue;
      await expectSlide(page, ids[i]!);
      const seen = await measureChart(page, '[data-slide][data-current] .slide-chart');
      expect(seen.minTextPx, ids[i]).toBeGreaterThanOrEqual(20);
      coverage.push(seen.coverage);
    }
    expect(coverage.length).toBe(steps.length);
    expect(median(coverage)).toBeGreaterThanOrEqual(0.45);
    await page.context().close();
  });

  it.each([
    ['1024×768', { width: 1024, height: 768 }],
    ['3840×2160', { width: 3840, height: 2160 }],
  ])('fits every slide on screen without scrolling at %s', async (_name, viewport) => {
    const { page } = await open('/present/', viewport);
    const ids = await slideIds(page);
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expectSlide(page, ids[i]!);
      const fit = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('[data-slide][data-current]')!;
        const inside = [...slide.querySelectorAll<HTMLElement>('[data-fit], svg, .slide-progress')]
          .filter((el) => el.closest('details:not([open])') === null)
          .every((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1 && r.top >= -1;
          });
        const boxes = [...slide.querySelectorAll<HTMLElement>('[data-fit]')];
        return {
          page: document.documentElement.scrollHeight <= innerHeight,
          inside,
          text: boxes.every((b) => b.scrollHeight <= b.clientHeight + 1),
        };
      });
      expect(fit, ids[i]).toEqual({ page: true, inside: true, text: true });
    }
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('reads as a sequence of slides, each with its text and chart', async () => {
    const { page } = await openPage(browser, base, { javaScriptEnabled: false });
    await page.goto(`${base}/present/`);
    const slides = await page.$$eval('[data-slide]', (all) =>
      all.map((s) => ({
        visible: (s as HTMLElement).offsetHeight > 200,
        text: (s as HTMLElement).innerText.trim().length,
        chart: s.querySelector('svg')?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(slides.length).toBe(steps.length + readStory().length + 1);
    for (const slide of slides) {
      expect(slide.visible).toBe(true);
      expect(slide.text).toBeGreaterThan(20);
    }
    expect(slides.filter((s) => s.chart > 300).length).toBeGreaterThanOrEqual(steps.length);
    await page.context().close();
  });
});
