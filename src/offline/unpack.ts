/**
 * The one-file edition's only extra script. Its static figures (the per-step charts print and
 * readers without JavaScript see) and its CSV files travel as one gzip-compressed bundle, a sixth
 * of their size as separate SVG and CSV text; this unpacks them into blob: addresses in memory,
 * so nothing is ever requested. Elements name their file in data-packed-src/-srcset/-href.
 */
async function unpack(): Promise<void> {
  const packed = document.getElementById('edition-files');
  if (!packed?.textContent) return;
  const bytes = Uint8Array.from(atob(packed.textContent.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const files = JSON.parse(await new Response(stream).text()) as Record<string, string>;
  const urls = new Map<string, string>();
  const url = (name: string) => {
    if (!urls.has(name)) {
      const type = name.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'image/svg+xml';
      urls.set(name, URL.createObjectURL(new Blob([files[name] ?? ''], { type })));
    }
    return urls.get(name)!;
  };
  for (const [attr, key] of [
    ['srcset', 'packedSrcset'],
    ['src', 'packedSrc'],
    ['href', 'packedHref'],
  ] as const)
    for (const el of document.querySelectorAll<HTMLElement>(`[data-packed-${attr}]`))
      el.setAttribute(attr, url(el.dataset[key]!));
  document.documentElement.dataset['unpacked'] = '';
}

void unpack();
