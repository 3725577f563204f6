/**
 * The presenter view's extras: the current step's whole text and speaker notes, and an
 * elapsed-time clock.
 * The slides themselves (current and next) are the deck's own, laid out by CSS.
 */
import { deckWords } from './words';

export function startPresenter(root: HTMLElement) {
  const bar = root.querySelector<HTMLElement>('[data-presenter-bar]')!;
  const panel = root.querySelector<HTMLElement>('[data-notes-panel]')!;
  const body = root.querySelector<HTMLElement>('[data-notes-body]')!;
  const clock = root.querySelector<HTMLElement>('[data-clock]')!;
  const reset = root.querySelector<HTMLElement>('[data-reset-clock]')!;
  bar.hidden = false;
  panel.hidden = false;
  document.title = `${deckWords().presenter} · ${document.title}`;

  let started = Date.now();
  const tick = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    clock.textContent = h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
    clock.setAttribute('datetime', `PT${seconds}S`);
  };
  const onReset = () => {
    started = Date.now();
    tick();
  };
  reset.addEventListener('click', onReset);
  const timer = window.setInterval(tick, 1000);
  tick();

  return {
    update(slide: HTMLElement) {
      // The slide shows one line; the presenter reads the step's whole text, then the notes.
      const text = slide.querySelector<HTMLTemplateElement>('template[data-step-text]');
      const notes = slide.querySelector<HTMLTemplateElement>('template[data-notes]');
      const parts: Node[] = [];
      if (text) {
        const block = document.createElement('div');
        block.className = 'presenter-step-text';
        block.append(text.content.cloneNode(true));
        parts.push(block);
      }
      if (notes) parts.push(notes.content.cloneNode(true));
      else {
        const none = document.createElement('p');
        none.className = 'presenter-no-notes';
        none.textContent = deckWords().noNotes;
        parts.push(none);
      }
      body.replaceChildren(...parts);
    },
    destroy() {
      window.clearInterval(timer);
      reset.removeEventListener('click', onReset);
    },
  };
}
