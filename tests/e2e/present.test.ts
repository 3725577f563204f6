import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { layoutShiftTotal, recordLayoutShifts } from '../helpers/layoutShift';
import { launch, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { expectStepShown } from '../helpers/story';
import { currentSlide, expectSlide, slideIds } from '../helpers/present';
import { measureChart, median } from '../helpers/chartMeasure';
import { allSteps, readStory } from '../../src/story/model';

const base = inject('baseUrl');
const steps = allSteps(readStory());
const FULL_HD = { width: 1920, height: 1080 };
const FITS = { page: true, inside: true, text: true };
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

/** What one slide showed on the walk through the deck at 1920×1080. */
interface Seen {
  id: string;
  progress: string;
  textSizes: number[];
  chart: { coverage: number; minTextPx: number } | null;
  fit: { page: boolean; inside: boolean; text: boolean };
}

/** Whether the current slide fits the screen: no page scroll, nothing cut off, no text overflowing. */
const slideFit = (page: Page) =>
  page.evaluate(() => {
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

// One walk through the deck on a 1920×1080 projector records what every slide shows; the tests
// under "accessibility and layout" read the record instead of walking the deck again.
const walked: Seen[] = [];
const stepSlides = new Set(steps.map((s) => s.id));

describe('moving through the slides', () => {
  it('walks forward through every slide with each Next key, then back with each Previous key', async () => {
    const { page, errors, foreign } = await open('/present/', FULL_HD);
    const ids = await slideIds(page);
    expect(ids.length).toBe(steps.length + readStory().length + 1);
    await expectSlide(page, ids[0]!);
    const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await expectSlide(page, ids[i]!);
      const id = ids[i]!;
      // Every step's chart is inline by the time its slide shows or just after: carried by the
      // page, or put there from the deck's chart bundle after load. Drawn in the page's fonts.
      if (stepSlides.has(id)) await page.waitForSelector('[data-current] .slide-chart > svg');
      walked.push({
        id,
        progress: await page.locator('[data-current] .slide-progress').innerText(),
        textSizes: await page.$$eval(
          '[data-current] .slide-text p, [data-current] .slide-summary',
          (all) => all.map((p) => parseFloat(getComputedStyle(p).fontSize)),
        ),
        chart: stepSlides.has(id)
          ? await measureChart(page, '[data-slide][data-current] .slide-chart')
          : null,
        fit: await slideFit(page),
      });
    }
    walked.forEach((seen, i) => expect(seen.progress).toContain(`${i + 1} / ${ids.length}`));
    await page.keyboard.press('ArrowRight');
    expect(await currentSlide(page)).toBe(ids.at(-1));
    const prevKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    for (let i = ids.length - 2; i >= 0; i--) {
      await page.keyboard.press(prevKeys[i % prevKeys.length]!);
      await expectSlide(page, ids[i]!);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('keeps its controls where they first appear while the deck starts (layout shift < 0.01)', async () => {
    const { page } = await openPage(browser, base, { viewport: { width: 412, height: 823 } });
    await recordLayoutShifts(page);
    await page.goto(`${base}/present/`);
    await page.evaluate(() => document.fonts.ready);
    // The deck script has run (on a busy machine that can take longer than a poll's second).
    await page.waitForSelector('.present-root.is-audience', { state: 'attached' });
    // The bound: a font arriving may still nudge a line by a pixel (about 0.001); the
    // controls jumping to their corner after the script ran was 0.18.
    expect(await layoutShiftTotal(page)).toBeLessThan(0.01);
    await page.close();
  });

  it('goes to the first and last slide with Home and End', async () => {
    const { page } = await open();
    const ids = await slideIds(page);
    await page.keyboard.press('End');
    await expectSlide(page, ids.at(-1)!);
    await page.keyboard.press('Home');
    await expectSlide(page, ids[0]!);
    await page.close();
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
    await page.close();
  });

  it('starts at the slide the address names, for steps and chapter titles', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    const { page } = await open(`/present/#${middle.id}`);
    await expectSlide(page, middle.id);
    await page.goto(`${base}/present/#${middle.chapter}`);
    await page.reload();
    await expectSlide(page, middle.chapter);
    await page.close();
  });

  it('starts at the first slide, without errors, from an unknown or malformed address', async () => {
    for (const hash of ['#nope', '#%E0%A4%A']) {
      const { page, errors } = await open(`/present/${hash}`);
      await expectSlide(page, (await slideIds(page))[0]!);
      expect(errors, hash).toEqual([]);
      await page.close();
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
    await page.close();
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
    await page.close();
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
    await page.close();
  });

  it('toggles full screen with F', async () => {
    const { page } = await open();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.close();
  });

  it('leaves with Esc for the article at the same step, with that step active', async () => {
    const step = steps[Math.floor(steps.length / 3)]!;
    const { page } = await open(`/present/#${step.id}`, { width: 1440, height: 900 });
    await expectSlide(page, step.id);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${base}/#${step.id}`);
    await expectStepShown(page, step.id);
    await page.close();
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
    await page.close();
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
    await page.close();
  });

  it('shows a QR code of the whole story on the last slide', async () => {
    const { page } = await open();
    await page.keyboard.press('End');
    await expect.poll(() => decodeQr(page)).toBe(`${base}/`);
    await page.close();
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
    await presenter.close();
    await page.close();
  });
});

describe('accessibility and layout', () => {
  it('has no axe-core violations on title, step and closing slides, with the QR code open, and in the presenter view', async () => {
    // Slides not on screen are display: none; axe reads the deck's controls and the one slide shown.
    const offScreen = ['[data-slide]:not([data-current]):not([data-next])'];
    const { page } = await open();
    const ids = await slideIds(page);
    await expectSlide(page, ids[0]!);
    expect(await axeViolations(page, offScreen), ids[0]).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids[1]!);
    expect(await axeViolations(page, offScreen), ids[1]).toEqual([]);
    await page.keyboard.press('q');
    await expect.poll(() => page.locator('[data-current] [data-qr] svg').isVisible()).toBe(true);
    expect(await axeViolations(page, offScreen), `${ids[1]} with its QR code`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await expectSlide(page, ids.at(-1)!);
    expect(await axeViolations(page, offScreen), ids.at(-1)).toEqual([]);
    await page.goto(`${base}/present/?presenter#${ids[1]}`);
    await expectSlide(page, ids[1]!);
    expect(await axeViolations(page, offScreen), 'presenter view').toEqual([]);
    await page.close();
  });

  it('sets slide text at 28 px or more on a 1920×1080 projector', () => {
    expect(walked.length, 'the walk through the deck finished').toBe(
      steps.length + readStory().length + 1,
    );
    for (const seen of walked) {
      if (stepSlides.has(seen.id)) expect(seen.textSizes.length, seen.id).toBeGreaterThan(0);
      for (const size of seen.textSizes) expect(size, seen.id).toBeGreaterThanOrEqual(28);
    }
  });

  it('puts the chart first on a 1920×1080 projector: marks cover a median ≥ 0.45, text ≥ 20 px', () => {
    const charts = walked.flatMap((seen) => (seen.chart ? [{ id: seen.id, ...seen.chart }] : []));
    expect(charts.length).toBe(steps.length);
    for (const chart of charts) expect(chart.minTextPx, chart.id).toBeGreaterThanOrEqual(20);
    expect(median(charts.map((c) => c.coverage))).toBeGreaterThanOrEqual(0.45);
  });

  it('fits every slide on screen without scrolling at 1920×1080, 1024×768 and 3840×2160', async () => {
    expect(walked.length, 'the walk through the deck finished').toBe(
      steps.length + readStory().length + 1,
    );
    for (const seen of walked) expect(seen.fit, `${seen.id} at 1920×1080`).toEqual(FITS);
    // Forward at 1024×768, back at 3840×2160: one more walk covers both screens.
    const { page } = await open('/present/', { width: 1024, height: 768 });
    const ids = await slideIds(page);
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expectSlide(page, ids[i]!);
      expect(await slideFit(page), `${ids[i]} at 1024×768`).toEqual(FITS);
    }
    await page.setViewportSize({ width: 3840, height: 2160 });
    for (let i = ids.length - 1; i >= 0; i--) {
      if (i < ids.length - 1) await page.keyboard.press('ArrowLeft');
      await expectSlide(page, ids[i]!);
      // The text is fitted to the slide after the resize: wait for it, then it must stay fitted.
      await expect.poll(() => slideFit(page), { message: `${ids[i]} at 3840×2160` }).toEqual(FITS);
    }
    await page.close();
  });
});

describe('printing the deck', () => {
  it('has every step’s chart inline once the page has loaded, so a printout shows them all', async () => {
    const { page, errors } = await open();
    // The slides past the first few link their charts; the deck fetches them while it is idle.
    await expect
      .poll(() => page.locator('img[data-slide-chart]').count(), { timeout: 20_000 })
      .toBe(0);
    await page.emulateMedia({ media: 'print' });
    const charts = await page.$$eval('[data-slide]', (all) =>
      all.map((s) => s.querySelector('.slide-chart > svg [data-key]') !== null),
    );
    expect(charts.filter(Boolean).length).toBe(steps.length);
    expect(errors).toEqual([]);
    await page.close();
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
        // Past the first slides the chart is an image of the same SVG, loaded from its file.
        chart:
          s.querySelector('.slide-chart > svg, .slide-chart > img')?.getBoundingClientRect()
            .width ?? 0,
      })),
    );
    expect(slides.length).toBe(steps.length + readStory().length + 1);
    for (const slide of slides) {
      expect(slide.visible).toBe(true);
      expect(slide.text).toBeGreaterThan(20);
    }
    expect(slides.filter((s) => s.chart > 300).length).toBeGreaterThanOrEqual(steps.length);
    // The images are there to see: every one has loaded (without JavaScript nothing is lazy).
    await expect
      .poll(() =>
        page.$$eval(
          'img[data-slide-chart]',
          (all) =>
            all.filter(
              (i) => !(i as HTMLImageElement).complete || !(i as HTMLImageElement).naturalWidth,
            ).length,
        ),
      )
      .toBe(0);
    expect(await page.locator('img[data-slide-chart]').count()).toBeGreaterThan(40);
    await page.close();
  });
});
