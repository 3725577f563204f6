/**
 * QR codes drawn in the browser, of the address the deck is being shown from: a copy of the site
 * on a mirror, a sub-path or a school's own server gets codes that lead back to that copy, never
 * to a build-time domain. uqr is a small encoder (a few KB); the SVG is one path of dark modules.
 * Usage: drawQr(slide, articleLink) fills the slide's [data-qr-code] and [data-qr-url].
 */
import { encode } from 'uqr';

/** Dark on white with the standard four-module quiet zone: phone cameras read that best. */
export function qrSvg(text: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  // QR readers need true black on white; this is not chart colour, so no design token.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
}

/** The article address of a slide's place (its data-article hash), from the article link's href. */
export const articleUrl = (article: string, hash: string) => new URL(hash, article).href;

/** Draws a slide's QR code once, for the address the article link resolves to here. */
export function drawQr(slide: HTMLElement, article: string): void {
  const box = slide.querySelector<HTMLElement>('[data-qr-code]');
  if (!box || box.dataset['drawn'] === article) return;
  const url = articleUrl(article, slide.dataset['article'] ?? '');
  box.innerHTML = qrSvg(url);
  box.dataset['drawn'] = article;
  box.setAttribute('aria-label', `${box.dataset['label'] ?? 'QR code'}, ${url}`);
  for (const text of slide.querySelectorAll<HTMLElement>('[data-qr-url]')) text.textContent = url;
}
