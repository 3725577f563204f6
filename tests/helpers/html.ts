/**
 * Built pages parsed with node-html-parser, for build tests: query them with CSS selectors and
 * read attributes and text with entities decoded, instead of matching markup with regexes.
 * Usage: parseHtml(html).getElementById('opening')?.getAttribute('class'); readDom() in dist.ts
 */
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';

export type { HTMLElement };

/** Script and style bodies stay raw text, as a browser keeps them. */
export const parseHtml = (html: string): HTMLElement =>
  parse(html, { comment: false, blockTextElements: { script: true, style: true } });

/** The content of a <meta> or the href of a <link>, found by its name, property, rel or http-equiv. */
export function head(page: HTMLElement, key: string): string | undefined {
  const tag = page
    .querySelectorAll('meta, link')
    .find((el) =>
      ['name', 'property', 'rel', 'http-equiv'].some((a) => el.getAttribute(a) === key),
    );
  return tag?.getAttribute('content') ?? tag?.getAttribute('href');
}

/** The page's JSON-LD block, parsed. */
export function jsonLd(page: HTMLElement): Record<string, unknown> {
  const script = page.querySelector('script[type="application/ld+json"]');
  return JSON.parse(script?.rawText ?? '{}') as Record<string, unknown>;
}

/** Every address an element names: href, src, each srcset candidate, a meta refresh target. */
export function addresses(page: HTMLElement): string[] {
  return page
    .querySelectorAll('[href], [src], [srcset], meta[http-equiv="refresh"]')
    .flatMap((el) => [
      ...['href', 'src'].flatMap((a) => el.getAttribute(a) ?? []),
      ...(el
        .getAttribute('srcset')
        ?.split(',')
        .map((c) => c.trim().split(/\s+/)[0]!) ?? []),
      ...(/url=(.+)$/.exec(el.getAttribute('content') ?? '')?.slice(1) ?? []),
    ]);
}
