/**
 * The share controls (links marked data-share): the system share sheet where the browser has
 * one (phones), otherwise the link goes on the clipboard. Either way the control says so, and a
 * polite live region tells screen readers. Without JavaScript they stay plain links.
 * Usage: startShareControls() once per page; returns its teardown.
 */
import { documentLocale } from '../i18n/locale';
import type { Localized } from '../i18n/locale';

const CONFIRM_MS = 2500;

async function copy(text: string, doc: Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (insecure origin, older browser): the selection-and-copy fallback.
    const field = doc.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
    doc.body.append(field);
    field.select();
    let done = false;
    try {
      done = doc.execCommand('copy');
    } catch {
      done = false;
    }
    field.remove();
    return done;
  }
}

/** What the control says once it has shared or copied, in the page's edition. */
const WORDS: Localized<{
  shared: [string, string];
  copied: (url: string) => [string, string];
  failed: (url: string) => [string, string];
}> = {
  en: {
    shared: ['Shared', 'Link shared.'],
    copied: (url) => ['Link copied', `Link copied: ${url}`],
    failed: (url) => ['Copy failed', `Could not copy. The link is ${url}`],
  },
  ru: {
    shared: ['Отправлено', 'Ссылка отправлена.'],
    copied: (url) => ['Ссылка скопирована', `Ссылка скопирована: ${url}`],
    failed: (url) => ['Не удалось скопировать', `Не удалось скопировать. Ссылка: ${url}`],
  },
};

export function startShareControls(doc: Document = document): () => void {
  const words = WORDS[documentLocale(doc)];
  const status = doc.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset['shareStatus'] = '';
  doc.body.append(status);
  const timers = new Map<HTMLElement, number>();

  const confirm = (link: HTMLAnchorElement, visible: string, spoken: string) => {
    const label = link.querySelector<HTMLElement>('[data-share-label]');
    if (label) {
      label.dataset['idle'] ??= label.textContent ?? '';
      label.textContent = visible;
    }
    link.classList.add('is-confirmed');
    // Emptied first so the same message twice in a row is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = spoken));
    window.clearTimeout(timers.get(link));
    timers.set(
      link,
      window.setTimeout(() => {
        link.classList.remove('is-confirmed');
        if (label) label.textContent = label.dataset['idle'] ?? '';
      }, CONFIRM_MS),
    );
  };

  const onClick = async (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-share]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const url = link.href;
    const title = link.dataset['shareTitle'] ?? doc.title;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        confirm(link, ...words.shared);
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to confirm.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    if (await copy(url, doc)) confirm(link, ...words.copied(url));
    else confirm(link, ...words.failed(url));
  };
  const listener = (event: MouseEvent) => void onClick(event);
  doc.addEventListener('click', listener);

  return () => {
    doc.removeEventListener('click', listener);
    for (const timer of timers.values()) window.clearTimeout(timer);
    status.remove();
  };
}
