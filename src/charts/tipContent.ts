/**
 * Writes a mark's tip into the floating tip box: heading, what it shows, a dispute set apart and
 * labelled "Disputed", and the source line. Text only (textContent), never markup from data.
 */
import type { Locale } from '../i18n/locale';
import { TIP_WORDS } from './scene';
import type { Tip } from './scene';

function line(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

export function fillTip(box: HTMLElement, tip: Tip, locale: Locale = 'en'): void {
  const words = TIP_WORDS[locale];
  const parts: HTMLElement[] = [
    line('span', 'tip-heading', tip.heading),
    line('span', 'tip-body', tip.body),
  ];
  if (tip.dispute) {
    const dispute = line('span', 'dispute', ` ${tip.dispute}`);
    dispute.prepend(line('strong', 'dispute-label', words.disputed));
    parts.push(dispute);
  }
  parts.push(line('span', 'tip-source', `${words.source} ${tip.source}`));
  box.replaceChildren(...parts);
}
