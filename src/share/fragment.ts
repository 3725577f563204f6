/**
 * Reading an address's #fragment safely: a link can carry anything (`#%E0%A4%A`, `#<script>`),
 * so the fragment is decoded defensively and only ever used with getElementById.
 */

/** The id a `location.hash` names, or null when it is empty or not valid percent-encoding. */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The address of the same page with a different fragment (none when `id` is null). */
export function withFragment(href: string, id: string | null): string {
  const url = new URL(href);
  url.hash = id ? `#${encodeURIComponent(id)}` : '';
  return url.href;
}
