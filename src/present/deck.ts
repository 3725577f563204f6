/**
 * Presentation mode in the browser: shows one slide at a time, moves on keys, clicker, buttons
 * and swipes, keeps the address on the current slide, and stays in step with the other window
 * (audience or presenter). Usage: const stop = startDeck(document.querySelector('[data-deck]')!);
 */
import { isNavigation, keyAction } from './keys';
import type { Action } from './keys';
import { createSync } from './sync';
import { startPresenter } from './presenter';
import { fitText } from './fit';
import { fragmentId, withFragment } from '../share/fragment';
import { drawQr } from './qr';
import { inlineChartsWhenIdle } from './slideCharts';
import { deckWords } from './words';

/** How long a typed slide number waits for Enter before it is forgotten. */
const JUMP_TIMEOUT = 3000;
/** A horizontal swipe must travel this far (CSS px), and mostly sideways, to turn a slide. */
const SWIPE_MIN = 60;
/** The on-screen controls fade after the pointer has rested this long (audience window only). */
const IDLE_AFTER = 3000;

export function startDeck(root: HTMLElement): () => void {
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const presenter = new URLSearchParams(location.search).has('presenter');
  const jump = root.querySelector<HTMLElement>('[data-jump]')!;
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  const blankCover = root.querySelector<HTMLElement>('[data-blank]')!;
  // The article as this copy of the site serves it (resolved against the current address).
  const articleLink = root.querySelector<HTMLAnchorElement>('[data-leave]')!;
  const indexOf = (hash: string) => {
    const id = fragmentId(hash);
    const found = slides.findIndex((s) => s.id === id);
    return found < 0 ? null : found;
  };
  let index = indexOf(location.hash) ?? 0;
  let blank = false;
  let qrOpen = false;
  let typed = '';
  let typedTimer = 0;
  let idleTimer = 0;

  // Only windows showing this build's deck sync: the build names it in data-build.
  const sync = createSync(root.dataset['build'] ?? '', (message) => {
    const target = indexOf(message.slide);
    if (target !== null) show(target, false);
    setBlank(message.blank, false);
  });
  const presenterView = presenter ? startPresenter(root) : null;
  root.classList.add(presenter ? 'is-presenter' : 'is-audience');

  function show(next: number, broadcast = true) {
    index = Math.min(Math.max(0, next), slides.length - 1);
    const current = slides[index]!;
    slides.forEach((slide, i) => {
      slide.toggleAttribute('data-current', i === index);
      slide.toggleAttribute('data-next', presenter && i === index + 1);
      slide.setAttribute('aria-hidden', String(!(i === index || (presenter && i === index + 1))));
      const qr = slide.querySelector<HTMLDetailsElement>('details[data-qr]');
      if (qr) qr.open = qrOpen && i === index;
      if (i === index && (qrOpen || slide.querySelector('[data-qr-end]')))
        drawQr(slide, articleLink.href);
    });
    history.replaceState(history.state, '', withFragment(location.href, current.id));
    announce.textContent = deckWords().announce(index + 1, slides.length);
    fitText(current);
    if (presenter) fitText(slides[index + 1]);
    presenterView?.update(current);
    if (broadcast) sync.send({ slide: current.id, blank });
  }

  function setBlank(value: boolean, broadcast = true) {
    if (value === blank) return;
    blank = value;
    root.toggleAttribute('data-blanked', blank);
    blankCover.hidden = !blank || presenter;
    if (broadcast) sync.send({ slide: slides[index]!.id, blank });
  }

  function setTyped(value: string) {
    typed = value;
    window.clearTimeout(typedTimer);
    jump.hidden = !typed;
    jump.textContent = typed ? deckWords().goTo(typed) : '';
    if (typed) typedTimer = window.setTimeout(() => setTyped(''), JUMP_TIMEOUT);
  }

  function toggleQr() {
    qrOpen = !qrOpen;
    show(index, false);
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  function openPresenter() {
    const id = slides[index]!.id;
    window.open(`${location.pathname}?presenter#${id}`, 'switched-off-presenter', 'popup');
  }

  const leave = () =>
    location.assign(new URL(slides[index]!.dataset['article'] ?? '', articleLink.href).href);

  function act(action: Action) {
    if (blank && isNavigation(action)) {
      setBlank(false);
      setTyped('');
      return;
    }
    if (typeof action === 'object') {
      setTyped((typed + String(action.digit)).slice(-3));
      return;
    }
    switch (action) {
      case 'next':
        return show(index + 1);
      case 'prev':
        return show(index - 1);
      case 'first':
        return show(0);
      case 'last':
        return show(slides.length - 1);
      case 'enter':
        if (typed) show(Number(typed) - 1);
        else show(index + 1);
        return setTyped('');
      case 'backspace':
        return typed ? setTyped(typed.slice(0, -1)) : show(index - 1);
      case 'blank':
        return setBlank(!blank);
      case 'qr':
        return toggleQr();
      case 'fullscreen':
        return toggleFullscreen();
      case 'presenter':
        return presenter ? undefined : openPresenter();
      case 'leave':
        return qrOpen ? toggleQr() : leave();
    }
  }

  const onKey = (event: KeyboardEvent) => {
    const action = keyAction(event);
    if (!action || event.defaultPrevented) return;
    // Enter and Space on a focused button or link press that control, not the deck.
    const control = (event.target as Element | null)?.closest?.('button, a, summary, input');
    if (control && (event.key === 'Enter' || event.key === ' ')) return;
    event.preventDefault();
    act(action);
  };

  const onClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest<HTMLElement>(
      '[data-prev], [data-next], [data-qr-toggle], [data-presenter-open], [data-fullscreen]',
    );
    if (!target) return;
    if (target.matches('[data-prev]')) act('prev');
    else if (target.matches('[data-next]')) act('next');
    else if (target.matches('[data-qr-toggle]')) act('qr');
    else if (target.matches('[data-presenter-open]')) act('presenter');
    else act('fullscreen');
  };

  // Touch screens: swipe left for the next slide, right for the previous one.
  let start: { x: number; y: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    start = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) > 1.5 * Math.abs(dy))
      act(dx < 0 ? 'next' : 'prev');
  };

  const onPointerMove = () => {
    root.removeAttribute('data-idle');
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(() => root.setAttribute('data-idle', ''), IDLE_AFTER);
  };

  const onHash = () => {
    const target = indexOf(location.hash);
    if (target !== null && target !== index) show(target);
  };
  const resize = new ResizeObserver(() => {
    fitText(slides[index]);
    if (presenter) fitText(slides[index + 1]);
  });

  document.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);
  root.addEventListener('pointerdown', onPointerDown);
  root.addEventListener('pointerup', onPointerUp);
  root.addEventListener('pointermove', onPointerMove);
  window.addEventListener('hashchange', onHash);
  resize.observe(root);
  let stopped = false;
  void document.fonts?.ready.then(() => {
    if (!stopped) fitText(slides[index]);
  });
  show(index, false);

  const stopInlining = inlineChartsWhenIdle(root, slides);

  return () => {
    stopped = true;
    stopInlining();
    window.clearTimeout(typedTimer);
    document.removeEventListener('keydown', onKey);
    root.removeEventListener('click', onClick);
    root.removeEventListener('pointerdown', onPointerDown);
    root.removeEventListener('pointerup', onPointerUp);
    root.removeEventListener('pointermove', onPointerMove);
    window.clearTimeout(idleTimer);
    window.removeEventListener('hashchange', onHash);
    resize.disconnect();
    sync.destroy();
    presenterView?.destroy();
  };
}
