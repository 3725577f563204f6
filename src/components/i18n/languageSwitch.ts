/**
 * The language switch takes the reader's place along: when followed, its address gets the
 * fragment the page is at now (the step or slide in view), so /#calls-confirmed opens
 * /ru/#calls-confirmed. Without JavaScript it opens the other edition's page at its top.
 */
export function startLanguageSwitch(doc: Document = document): void {
  const keepPlace = (event: Event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a[data-language-switch]',
    );
    if (!link) return;
    const url = new URL(link.href, doc.baseURI);
    url.hash = doc.defaultView?.location.hash ?? '';
    link.href = url.href;
  };
  // Before the browser follows it: a click, a middle click, a long press, or Enter.
  for (const type of ['pointerdown', 'click', 'keydown', 'focusin'])
    doc.addEventListener(type, keepPlace, { capture: true });
}
