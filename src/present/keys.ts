/**
 * What each key does in presentation mode, as data: the deck acts on these, tests read them.
 * Presentation clickers send PageUp/PageDown (some send arrows), so both move between slides.
 */
export type Action =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'enter'
  | 'backspace'
  | 'fullscreen'
  | 'blank'
  | 'leave'
  | 'qr'
  | 'presenter'
  | { digit: number };

const KEYS: Record<string, Action> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Enter: 'enter',
  Backspace: 'backspace',
  Escape: 'leave',
  f: 'fullscreen',
  b: 'blank',
  // Many clickers have a "blank screen" button that sends a full stop.
  '.': 'blank',
  q: 'qr',
  s: 'presenter',
};

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The action for a key press, or null for keys the deck leaves to the browser. */
export function keyAction(event: KeyLike): Action | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (/^[0-9]$/.test(event.key)) return { digit: Number(event.key) };
  return KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}

/** Actions that move between slides; any of them also lifts a blanked screen. */
export const isNavigation = (action: Action) =>
  action === 'next' ||
  action === 'prev' ||
  action === 'first' ||
  action === 'last' ||
  action === 'enter' ||
  action === 'backspace';
